import { startSimulator, type Simulator } from '@sms/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGhasedak } from './create-ghasedak';
import type { GhasedakProvider } from './ghasedak-provider';
import { failed, succeeded } from './test-support/mock-ghasedak';

// End-to-end checks against @sms/simulator beyond the shared conformance suite: the wire details the
// simulator checks (comma lists, Tehran receive dates, contact record ids) and its injected faults.
let simulator: Simulator;
let provider: GhasedakProvider;

beforeAll(async () => {
  simulator = await startSimulator({ deliveryDelayMs: null });
  provider = createGhasedak({
    baseUrl: simulator.baseUrls.ghasedak,
    apiKey: simulator.credentials.ghasedak.apiKey,
    lineNumber: '30005088',
    timeoutMs: 3_000,
  });
});
afterEach(() => {
  simulator.reset();
});
afterAll(async () => {
  await provider.close();
  await simulator.close();
});

const mobiles = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => `0912${String(1_000_000 + index)}`);

describe('Ghasedak against the simulator', () => {
  it('sends 250 recipients in three pair requests and records each once, ids matching', async () => {
    const result = await provider.send({ to: mobiles(250), text: 'سلام از قاصدک' });
    const recorded = simulator.messages({ provider: 'ghasedak' });
    expect(recorded).toHaveLength(250);
    expect(new Set(recorded.map((message) => message.id))).toEqual(
      new Set(result.messages.map((message) => message.id)),
    );
    expect(
      recorded.every(
        (message) => message.text === 'سلام از قاصدک' && message.encoding === 'UCS-2' && message.sender === '30005088',
      ),
    ).toBe(true);
  });

  it('keeps batch texts with commas whole', async () => {
    const batch = [
      { to: '09121000001', text: 'Plain' },
      { to: '09121000002', text: 'Hello, Sara, your code is 12' },
      { to: '09121000003', text: 'Also plain' },
    ];
    const result = await provider.sendBatch(batch);
    const byId = new Map(simulator.messages({ provider: 'ghasedak' }).map((message) => [message.id, message]));
    expect(result.messages.map((message) => byId.get(message.id!)?.text)).toEqual(batch.map((message) => message.text));
    expect(result.messages.map((message) => byId.get(message.id!)?.recipient)).toEqual(
      batch.map((message) => message.to),
    );
  });

  it('reports delivered after the simulator delivers, and cancels a scheduled message', async () => {
    const sent = await provider.send({ to: '09121000001', text: 'status' });
    simulator.deliver(sent.messages[0]!.id!);
    expect((await provider.getStatus(sent))[0]).toMatchObject({
      status: 'delivered',
      providerStatus: 1,
      to: '+989121000001',
    });
    const scheduled = await provider.send({
      to: '09121000002',
      text: 'later',
      sendAt: new Date(Date.now() + 3_600_000),
      reference: 'order-7',
    });
    expect(simulator.messages({ provider: 'ghasedak' }).at(-1)).toMatchObject({
      status: 'scheduled',
      reference: 'order-7',
    });
    const canceled = await provider.cancel(scheduled);
    expect(canceled.canceled).toEqual([scheduled.messages[0]!.id]);
    expect(simulator.messages({ provider: 'ghasedak' }).at(-1)?.status).toBe('canceled');
    const [byCheckId] = await provider.native.sms.status({ checkIds: ['order-7'] });
    expect(byCheckId?.messageId).toBe(scheduled.messages[0]!.id);
  });

  it('finds each message of a multi-recipient send by its own checkid', async () => {
    const result = await provider.send({ to: mobiles(3), text: 'order shipped', reference: 'order-9' });
    const checkIds = result.messages.map((message) => message.reference!);
    expect(checkIds).toEqual(['order-9-1', 'order-9-2', 'order-9-3']);
    const found = await provider.native.sms.status({ checkIds });
    expect(found.map((status) => status.messageId)).toEqual(result.messages.map((message) => message.id));
  });

  it('keeps the promise of statusByReference: getStatus finds a lost answer by checkid, and reports nothing for one never sent', async () => {
    expect(provider.capabilities.statusByReference).toBe(true);
    await provider.send({ to: '09121000001', text: 'answer lost', reference: 'job-1' });
    const reports = await provider.getStatus({
      provider: 'ghasedak',
      messages: [
        { to: '+989121000001', reference: 'job-1', status: 'unknown' },
        { to: '+989121000002', reference: 'job-2', status: 'unknown' },
      ],
      raw: null,
    });
    expect(reports).toEqual([
      expect.objectContaining({
        id: simulator.messages({ provider: 'ghasedak' })[0]!.id,
        to: '+989121000001',
        status: 'sent',
      }),
    ]);
  });

  it('sends a verification template as text and as a voice call, also abroad', async () => {
    await provider.sendTemplate({ to: ['09121000001', '+33456351753'], template: 'otp', params: ['4821'] });
    await provider.sendTemplate({ to: '09121000002', template: 'otp', params: { param1: '9999' }, voice: true });
    const recorded = simulator.messages({ provider: 'ghasedak' });
    expect(recorded.map((message) => [message.recipient, message.text, message.voice === true])).toEqual([
      ['09121000001', 'Your verification code is 4821', false],
      ['+33456351753', 'Your verification code is 4821', false],
      ['09121000002', 'Your verification code is 9999', true],
    ]);
  });

  it('lists inbound messages with the sender in E.164 and the Tehran receive time read back correctly', async () => {
    const before = Date.now();
    simulator.receive({ provider: 'ghasedak', from: '09351234567', to: '30005088', text: 'بله' });
    const [message] = await provider.listInbound();
    expect(message).toMatchObject({ from: '+989351234567', to: '30005088', text: 'بله' });
    expect(Math.abs(message!.receivedAt!.getTime() - before)).toBeLessThan(5_000);
    const paged = await provider.listInbound({ read: true, from: new Date(before - 60_000), limit: 10 });
    expect(paged.map((entry) => entry.text)).toEqual(['بله']);
  });

  it('runs the contact group endpoints end to end', async () => {
    const { groupId } = await provider.native.contacts.createGroup({ name: 'customers' });
    await provider.native.contacts.addNumbers({
      groupId,
      contacts: [{ number: '09121000001', firstName: 'Ali' }, { number: '09121000002' }],
    });
    const contacts = await provider.native.contacts.listNumbers({ groupId, page: 0, pageSize: 10 });
    expect(contacts.map((contact) => [contact.number, contact.firstName])).toEqual([
      ['09121000001', 'Ali'],
      ['09121000002', ''],
    ]);
    await provider.native.contacts.removeNumbers({ groupId, contactIds: [contacts[0]!.id!] });
    expect((await provider.native.contacts.listNumbers({ groupId })).map((contact) => contact.number)).toEqual([
      '09121000002',
    ]);
    await provider.native.contacts.renameGroup({ groupId, name: 'clients' });
    expect((await provider.native.contacts.listGroups()).map((group) => [group.id, group.name])).toContainEqual([
      groupId,
      'clients',
    ]);
    await provider.native.contacts.removeGroup({ groupId });
    expect(await provider.native.contacts.listGroups()).toEqual([]);
  });

  it('reads the balance and the account expiry', async () => {
    const balance = await provider.getBalance();
    expect(balance).toMatchObject({ provider: 'ghasedak', amount: simulator.balance('ghasedak'), currency: 'IRR' });
    expect(balance.expiresAt).toEqual(new Date(2_524_608_000_000));
  });

  it('maps the error table: a line that is not yours, and missing credit', async () => {
    const line = await provider.send({ to: '09121000001', text: 'x', from: '50001234' }).then(succeeded, failed);
    expect(line).toMatchObject({ code: 'INVALID_SENDER', providerCode: 7, outcome: 'not-sent' });
    const poor = await startSimulator({ balance: { ghasedak: 10 } });
    const client = createGhasedak({ baseUrl: poor.baseUrls.ghasedak, apiKey: poor.credentials.ghasedak.apiKey });
    try {
      expect(await client.send({ to: '09121000001', text: 'x' }).then(succeeded, failed)).toMatchObject({
        code: 'INSUFFICIENT_CREDIT',
        providerCode: 9,
        outcome: 'not-sent',
      });
    } finally {
      await client.close();
      await poor.close();
    }
  });

  it.each([
    ['server-error', 'PROVIDER_ERROR', 'unknown'],
    ['bad-gateway-html', 'PROVIDER_ERROR', 'unknown'],
    ['malformed-body', 'BAD_RESPONSE', 'unknown'],
    ['rate-limited', 'RATE_LIMITED', 'not-sent'],
    ['accept-then-drop', 'NETWORK', 'unknown'],
  ] as const)('maps the %s fault to %s (%s)', async (kind, code, outcome) => {
    simulator.fault({ provider: 'ghasedak', path: 'v2/sms/send/simple', kind });
    const error = await provider.send({ to: '09121000001', text: 'fault' }).then(succeeded, failed);
    expect(error).toMatchObject({ code, outcome });
    if (kind === 'rate-limited') expect(error.retryAfterMs).toBe(2_000);
  });

  it('times out on a server that never answers, with an unknown outcome', async () => {
    const impatient = createGhasedak({
      baseUrl: simulator.baseUrls.ghasedak,
      apiKey: simulator.credentials.ghasedak.apiKey,
      timeoutMs: 300,
    });
    try {
      simulator.fault({ provider: 'ghasedak', path: 'v2/sms/send/simple', kind: 'no-answer' });
      expect(await impatient.send({ to: '09121000001', text: 'x' }).then(succeeded, failed)).toMatchObject({
        code: 'TIMEOUT',
        outcome: 'unknown',
      });
    } finally {
      await impatient.close();
    }
  });
});
