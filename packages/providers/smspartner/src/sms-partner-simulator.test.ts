import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRequest } from '@sms/core';
import { startSimulator } from '@sms/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmsPartner } from './create-sms-partner';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

/** A loopback HTTP receiver that hands each callback to the test as a framework-free `WebhookRequest`. */
interface Receiver {
  url: string;
  next(): Promise<WebhookRequest>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const received: WebhookRequest[] = [];
  const waiting: ((request: WebhookRequest) => void)[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers: IncomingHttpHeaders = request.headers;
      const webhook: WebhookRequest = {
        method: request.method ?? 'POST',
        headers: headers as WebhookRequest['headers'],
        body: Buffer.concat(chunks).toString('utf8'),
      };
      response.writeHead(200).end('ok');
      const waiter = waiting.shift();
      if (waiter !== undefined) waiter(webhook);
      else received.push(webhook);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    next: () => {
      const ready = received.shift();
      return ready !== undefined ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

describe('webhooks from @sms/simulator to a loopback receiver', () => {
  let simulator: Simulator;
  let receiver: Receiver;

  beforeAll(async () => {
    simulator = await startSimulator({ deliveryDelayMs: null });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await simulator.close();
  });
  afterEach(() => {
    simulator.reset();
  });

  const provider = () =>
    createSmsPartner({
      apiKey: simulator.credentials.smspartner.apiKey,
      baseUrl: simulator.baseUrls.smspartner,
      urlDlr: `${receiver.url}/dlr`,
      urlResponse: `${receiver.url}/replies`,
    });

  it('parses the delivery receipt the simulator posts to urlDlr', async () => {
    const partner = provider();
    const sent = await partner.send({ to: '+33612345678', text: 'Votre colis arrive', reference: 'parcel-42' });
    const messageId = sent.messages[0]!.id!;
    simulator.deliver(messageId);

    const callback = await receiver.next();
    const events = await partner.parseWebhook(callback);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type).toBe('delivery-report');
    if (event?.type !== 'delivery-report') return;
    expect(event.report).toMatchObject({
      provider: 'smspartner',
      id: messageId,
      to: '+33612345678',
      status: 'delivered',
    });
    expect(event.report.at).toBeInstanceOf(Date);
    expect(event.report.raw).toMatchObject({ tag: 'parcel-42' });
    await partner.close();
  });

  it('parses a failed delivery receipt', async () => {
    const partner = provider();
    const sent = await partner.send({ to: '+33612345679', text: 'Hello' });
    simulator.fail(sent.messages[0]!.id!);
    const events = await partner.parseWebhook(await receiver.next());
    expect(events[0]).toMatchObject({
      type: 'delivery-report',
      report: { id: sent.messages[0]!.id, status: 'failed' },
    });
    await partner.close();
  });

  it('parses a reply and a STOP posted to urlResponse, and the status endpoints agree with the receipt', async () => {
    const partner = provider();
    const sent = await partner.send({ to: '+33612345680', text: 'Confirmez-vous ?' });
    simulator.receive({ provider: 'smspartner', from: '+33612345680', to: '36180', text: 'Oui' });
    const [reply] = await partner.parseWebhook(await receiver.next());
    expect(reply).toMatchObject({
      type: 'inbound',
      message: { from: '+33612345680', text: 'Oui', inReplyTo: sent.messages[0]!.id },
    });

    simulator.receive({ provider: 'smspartner', from: '+33612345680', to: '36180', text: 'STOP' });
    const [stop] = await partner.parseWebhook(await receiver.next());
    expect(stop).toMatchObject({ type: 'opt-out', phoneNumber: '+33612345680' });

    // The STOP put the number on the stop list: a new send to it is refused with code 14.
    await expect(partner.send({ to: '+33612345680', text: 'Encore' })).rejects.toMatchObject({
      code: 'INVALID_RECIPIENT',
      providerCode: 14,
    });
    const stops = await partner.native.stopList.list();
    expect(JSON.stringify(stops.data)).toContain('+33612345680');
    await partner.close();
  });
});

describe('faults from @sms/simulator', () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await startSimulator();
  });
  afterAll(async () => {
    await simulator.close();
  });
  afterEach(() => {
    simulator.clearFaults();
  });
  const provider = () =>
    createSmsPartner({
      apiKey: simulator.credentials.smspartner.apiKey,
      baseUrl: simulator.baseUrls.smspartner,
      timeoutMs: 1000,
    });

  it.each([
    ['rate-limited', { code: 'RATE_LIMITED', outcome: 'not-sent', retryAfterMs: 2000 }],
    ['server-error', { code: 'PROVIDER_ERROR', outcome: 'unknown' }],
    ['bad-gateway-html', { code: 'PROVIDER_ERROR', outcome: 'unknown' }],
    ['malformed-body', { code: 'BAD_RESPONSE', outcome: 'unknown' }],
    ['accept-then-drop', { code: 'NETWORK', outcome: 'unknown' }],
    ['no-answer', { code: 'TIMEOUT', outcome: 'unknown' }],
  ] as const)('%s on v1/send', async (kind, expected) => {
    simulator.fault({ provider: 'smspartner', path: 'v1/send', kind });
    const partner = provider();
    await expect(partner.send({ to: '+33612345678', text: 'x' })).rejects.toMatchObject(expected);
    await partner.close();
  });

  it('a full send, status, balance and cancel round trip', async () => {
    simulator.reset();
    const partner = provider();
    const before = await partner.getBalance();
    expect(before).toMatchObject({ amount: 100, currency: 'EUR' });
    const sendAt = new Date(Math.ceil((Date.now() + 3_600_000) / 300_000) * 300_000);
    const sent = await partner.send({ to: ['+33612345678', '0612345679'], text: 'Plus tard', sendAt });
    expect(sent.messages.map((message) => message.to)).toEqual(['+33612345678', '+33612345679']);
    const recorded = simulator.messages({ provider: 'smspartner' });
    expect(recorded.map((message) => message.recipient)).toEqual(['+33612345678', '+33612345679']);
    expect(recorded[0]?.sendAt).toBe(sendAt.toISOString());
    const reports = await partner.getStatus(sent);
    expect(reports.map((report) => report.status)).toEqual(['scheduled', 'scheduled']);
    await expect(partner.cancel(sent)).resolves.toMatchObject({ canceled: [sent.batchId] });
    await expect(partner.cancel(sent.batchId!)).rejects.toMatchObject({ code: 'NOT_FOUND', providerCode: 5 });
    const after = await partner.getStatus(sent.batchId!);
    expect(after.map((report) => report.status)).toEqual(['canceled', 'canceled']);
    await partner.close();
  });
});
