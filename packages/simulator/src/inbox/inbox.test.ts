import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator';
import { startSimulator } from '../start-simulator';
import { INBOX_ENTRY_LIMIT } from './inbox-state';
import { formCall, getCall, jsonCall, rawCall } from '../test-support/http-call';
import { openEventStream } from '../test-support/open-event-stream';
import { startWebhookReceiver } from '../test-support/start-webhook-receiver';

let simulator: Simulator;

beforeEach(async () => {
  simulator = await startSimulator({ clock: 'manual', deliveryDelayMs: null });
});

afterEach(async () => {
  await simulator.close();
});

// The default Ghasedak credit covers a few thousand messages; this starts one that can take more.
async function restartWithCredit(): Promise<Simulator> {
  await simulator.close();
  return startSimulator({ clock: 'manual', deliveryDelayMs: null, balance: { ghasedak: 100_000_000 } });
}

const state = async () => (await getCall(`${simulator.url}/inbox/api/state`)).json;

describe('inbox page', () => {
  it('serves the page, its script and its style', async () => {
    const page = await rawCall(`${simulator.url}/`, {});
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('<select id="provider-filter">');
    expect(page.text).toContain('<script src="/inbox/inbox.js"></script>');
    const script = await rawCall(`${simulator.url}/inbox/inbox.js`, {});
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.text).toContain("setAttribute('dir', 'auto')");
    expect((await rawCall(`${simulator.url}/inbox/inbox.css`, {})).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('lists messages newest first with encoding, segments, schedule and status, and bumps its version', async () => {
    const before = await state();
    await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
      { message: 'سلام دنیا', receptor: '09111111111' },
      { apikey: 'ghasedak-test-key' },
    );
    simulator.clock.advance(1000);
    await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, {
      apiKey: 'smspartner-test-key',
      phoneNumbers: '0600000000',
      message: 'Hello',
    });
    const after = await state();
    expect(after.version).toBeGreaterThan(before.version);
    expect(
      after.entries.map(
        (entry: {
          provider: string;
          text: string;
          encoding: string;
          segments: number;
          status: string;
          direction: string;
        }) => [entry.direction, entry.provider, entry.text, entry.encoding, entry.segments, entry.status],
      ),
    ).toEqual([
      ['out', 'smspartner', 'Hello', 'GSM-7', 1, 'sent'],
      ['out', 'ghasedak', 'سلام دنیا', 'UCS-2', 1, 'sent'],
    ]);
  });

  it('says which Ghasedak API an outgoing message came through: v2 or the gateway', async () => {
    await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
      { message: 'through v2', receptor: '09111111111' },
      { apikey: 'ghasedak-test-key' },
    );
    simulator.clock.advance(1000);
    await jsonCall(
      `${simulator.baseUrls.ghasedakGateway}SendSingleSMS`,
      { receptor: '09111111111', message: 'through the gateway' },
      { ApiKey: 'ghasedak-test-key' },
    );
    simulator.receive({ provider: 'ghasedak', from: '09111111111', text: 'a reply' });
    const { entries } = await state();
    expect(
      entries.map((entry: { direction: string; text: string; api: string | null }) => [
        entry.direction,
        entry.text,
        entry.api,
      ]),
    ).toEqual([
      ['in', 'a reply', null],
      ['out', 'through the gateway', 'gateway'],
      ['out', 'through v2', 'v2'],
    ]);
    expect(simulator.messages().map((message) => [message.provider, message.api])).toEqual([
      ['ghasedak', 'v2'],
      ['ghasedak', 'gateway'],
    ]);
  });

  it('answers a poll with the version the page already shows by the version alone', async () => {
    await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
      { message: 'Hi', receptor: '09111111111' },
      { apikey: 'ghasedak-test-key' },
    );
    const current = await state();
    expect(current.entries).toHaveLength(1);
    expect((await getCall(`${simulator.url}/inbox/api/state?since=${current.version}`)).json).toEqual({
      version: current.version,
    });
    const older = (await getCall(`${simulator.url}/inbox/api/state?since=${current.version - 1}`)).json;
    expect(older.entries).toHaveLength(1);
  });

  it('deliver and fail buttons change the status; a second deliver is refused with 409', async () => {
    await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/pair`,
      { message: 'x', receptor: '09111111111,09111111112' },
      { apikey: 'ghasedak-test-key' },
    );
    const [second, first] = (await state()).entries;
    expect((await jsonCall(`${simulator.url}/inbox/api/messages/${first.key}/deliver`, {})).json.entry.status).toBe(
      'delivered',
    );
    expect((await jsonCall(`${simulator.url}/inbox/api/messages/${second.key}/fail`, {})).json.entry.status).toBe(
      'failed',
    );
    expect(simulator.messages().map((message) => message.status)).toEqual(['delivered', 'failed']);
    expect((await jsonCall(`${simulator.url}/inbox/api/messages/${second.key}/deliver`, {})).status).toBe(409);
    expect((await jsonCall(`${simulator.url}/inbox/api/messages/out-999/deliver`, {})).status).toBe(404);
  });

  it('an answer becomes an inbound message, and for SMS Partner a webhook call to urlResponse', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const id = (
        await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, {
          apiKey: 'smspartner-test-key',
          phoneNumbers: '0611111111',
          message: 'Hello',
          sender: 'MyShop',
          urlResponse: receiver.url,
        })
      ).json.message_id;
      const [entry] = (await state()).entries;
      const answer = await jsonCall(`${simulator.url}/inbox/api/messages/${entry.key}/answer`, { text: 'Oui' });
      expect(answer.status).toBe(200);
      expect(simulator.inbound()).toMatchObject([
        { provider: 'smspartner', from: '0611111111', to: 'MyShop', text: 'Oui', inReplyTo: String(id) },
      ]);
      const [call] = await receiver.waitFor(1);
      expect(call?.body).toEqual({ type: 'response', phone_number: '+33611111111', text: 'Oui', message_id: id });
      expect((await state()).entries[0]).toMatchObject({ direction: 'in', status: 'received', text: 'Oui' });
      expect((await jsonCall(`${simulator.url}/inbox/api/messages/${entry.key}/answer`, {})).status).toBe(400);
    } finally {
      await receiver.close();
    }
  });

  it('pushes the state over server-sent events when the stream opens, then once for a batch of changes', async () => {
    const events = await openEventStream(`${simulator.url}/inbox/events`);
    try {
      expect(events.contentType).toMatch(/^text\/event-stream/);
      const opened = await events.next();
      expect(opened).toMatchObject({ event: 'state', id: '0' });
      expect(JSON.parse(opened!.data)).toEqual({ version: 0, entries: [], total: 0 });

      // Two recipients are two changes in one request: the next event already holds both.
      await formCall(
        `${simulator.baseUrls.ghasedak}/v2/sms/send/pair`,
        { message: 'x', receptor: '09111111111,09111111112' },
        { apikey: 'ghasedak-test-key' },
      );
      const sent = JSON.parse((await events.next())!.data);
      expect(
        sent.entries.map((entry: { recipient: string; status: string }) => [entry.recipient, entry.status]),
      ).toEqual([
        ['09111111112', 'sent'],
        ['09111111111', 'sent'],
      ]);
      expect(sent.version).toBe((await state()).version);

      simulator.deliver(String(sent.entries[0].id), '09111111112');
      const delivered = JSON.parse((await events.next())!.data);
      expect(delivered.entries.map((entry: { status: string }) => entry.status)).toEqual(['delivered', 'sent']);
    } finally {
      await events.close();
    }
  });

  it('carries only the latest messages, with the total, however many there are', async () => {
    simulator = await restartWithCredit();
    const requests = Math.ceil((INBOX_ENTRY_LIMIT + 150) / 100);
    for (let request = 0; request < requests; request += 1) {
      const receptors = Array.from(
        { length: 100 },
        (_, index) => `0912${String(request * 100 + index).padStart(7, '0')}`,
      );
      await formCall(
        `${simulator.baseUrls.ghasedak}/v2/sms/send/pair`,
        { message: `batch ${request}`, receptor: receptors.join(',') },
        { apikey: 'ghasedak-test-key' },
      );
    }
    const current = await state();
    expect(current.total).toBe(requests * 100);
    expect(current.entries).toHaveLength(INBOX_ENTRY_LIMIT);
    // Newest first: the last recipient of the last request leads, and the oldest ones are the ones left out.
    expect(current.entries[0].recipient).toBe(`0912${String(requests * 100 - 1).padStart(7, '0')}`);
    expect(current.entries.at(-1).recipient).toBe(`0912${String(requests * 100 - INBOX_ENTRY_LIMIT).padStart(7, '0')}`);

    const events = await openEventStream(`${simulator.url}/inbox/events`);
    try {
      const opened = JSON.parse((await events.next())!.data);
      expect(opened.entries).toHaveLength(INBOX_ENTRY_LIMIT);
      expect(opened.total).toBe(requests * 100);
    } finally {
      await events.close();
    }
  });

  it('ends the open event streams when the simulator closes', async () => {
    const first = await openEventStream(`${simulator.url}/inbox/events`);
    const second = await openEventStream(`${simulator.url}/inbox/events`);
    expect((await first.next())?.event).toBe('state');
    expect((await second.next())?.event).toBe('state');

    await simulator.close();

    expect(await first.next()).toBeUndefined();
    expect(await second.next()).toBeUndefined();
  });
});
