import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator';
import { startSimulator } from '../../start-simulator';
import { jsonCall } from '../../test-support/http-call';
import { startWebhookReceiver } from '../../test-support/start-webhook-receiver';
import type { WebhookReceiver } from '../../test-support/start-webhook-receiver';

const API_KEY = 'smspartner-test-key';
const START = new Date('2030-01-01T08:00:00Z');
const START_SECONDS = String(START.getTime() / 1000);

let simulator: Simulator;
let receiver: WebhookReceiver;

beforeEach(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  simulator.clock.set(START);
  receiver = await startWebhookReceiver();
});

afterEach(async () => {
  await simulator.close();
  await receiver.close();
});

const send = (body: Record<string, unknown>) =>
  jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, { apiKey: API_KEY, ...body });

describe('SMS Partner webhooks', () => {
  it('POSTs the chosen delivery receipt to urlDlr when a message is delivered', async () => {
    const id = (
      await send({ phoneNumbers: '0612345678', message: 'x', tag: 'order-42', urlDlr: `${receiver.url}/dlr` })
    ).json.message_id;
    expect(receiver.received).toHaveLength(0);
    simulator.clock.advance(1000);
    const [call] = await receiver.waitFor(1);
    expect(call).toEqual({
      method: 'POST',
      path: '/dlr',
      contentType: 'application/json',
      body: {
        messageId: id,
        phoneNumber: '+33612345678',
        status: 'Delivered',
        statusCode: 'DELIVRD',
        date: String(START.getTime() / 1000 + 1),
        tag: 'order-42',
      },
    });
  });

  it('posts "Not delivered" / UNDELIV when a message fails, one receipt per recipient', async () => {
    const id = (await send({ phoneNumbers: '0611111111,0622222222', message: 'x', urlDlr: `${receiver.url}/dlr` })).json
      .message_id;
    simulator.fail(String(id));
    const calls = await receiver.waitFor(2);
    expect(calls.map((call) => call.body)).toEqual([
      {
        messageId: id,
        phoneNumber: '+33611111111',
        status: 'Not delivered',
        statusCode: 'UNDELIV',
        date: START_SECONDS,
      },
      {
        messageId: id,
        phoneNumber: '+33622222222',
        status: 'Not delivered',
        statusCode: 'UNDELIV',
        date: START_SECONDS,
      },
    ]);
    await simulator.close();
    expect(simulator.webhooks().map((call) => call.status)).toEqual([200, 200]);
  });

  it('posts replies and STOP to urlResponse, and STOP puts the number on the stop list', async () => {
    const id = (
      await send({ phoneNumbers: '0612345678', message: 'Reply YES', urlResponse: `${receiver.url}/replies` })
    ).json.message_id;
    simulator.receive({ provider: 'smspartner', from: '+33612345678', text: 'Yes please' });
    simulator.receive({ provider: 'smspartner', from: '0612345678', text: 'STOP' });
    const calls = await receiver.waitFor(2);
    expect(calls.map((call) => [call.path, call.body])).toEqual([
      ['/replies', { type: 'response', phone_number: '+33612345678', text: 'Yes please', message_id: id }],
      ['/replies', { type: 'stop', phone_number: '+33612345678', text: 'STOP', message_id: id }],
    ]);
    const refused = await send({ phoneNumbers: '0612345678', message: 'again' });
    expect(refused.json.code).toBe(14);
    expect(
      simulator.inbound({ provider: 'smspartner' }).map((message) => [message.from, message.to, message.text]),
    ).toEqual([
      ['+33612345678', '36180', 'Yes please'],
      ['0612345678', '36180', 'STOP'],
    ]);
  });

  it('never posts for sandbox sends, and records a call to a receiver that is down', async () => {
    await send({ phoneNumbers: '0612345678', message: 'x', sandbox: 1, urlDlr: `${receiver.url}/dlr` });
    simulator.clock.advance(5000);
    const down = await startWebhookReceiver();
    await down.close();
    const id = (await send({ phoneNumbers: '0612345678', message: 'x', urlDlr: `${down.url}/dlr` })).json.message_id;
    simulator.deliver(String(id));
    await simulator.close();
    expect(receiver.received).toHaveLength(0);
    expect(simulator.webhooks()).toHaveLength(1);
    expect(simulator.webhooks()[0]?.error).toBeTruthy();
  });
});
