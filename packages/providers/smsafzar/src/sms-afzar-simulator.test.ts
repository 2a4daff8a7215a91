import { startSimulator, type Simulator } from '@sms/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmsAfzar } from './create-sms-afzar';
import type { SmsAfzarProvider } from './sms-afzar-provider';
import type { SmsAfzarSettings } from './sms-afzar-settings';
import { caught, expectNoSecret } from './test-support/mock-sms-afzar';

const SIMULATOR_STATUS_MAP = { 2: 'sent', 3: 'delivered', 4: 'failed', 5: 'scheduled', 6: 'canceled' } as const;

describe('@sms/smsafzar against @sms/simulator', () => {
  let simulator: Simulator;
  const providers: SmsAfzarProvider[] = [];

  const make = (mode: 'api-key' | 'jwt', settings: SmsAfzarSettings = {}): SmsAfzarProvider => {
    const { apiKey, userName, password, domain } = simulator.credentials.smsafzar;
    const credentials = mode === 'api-key' ? { apiKey } : { userName, password, domain };
    const provider = createSmsAfzar({
      baseUrl: simulator.baseUrls.smsafzar,
      senderNumber: '10001000',
      timeoutMs: 5_000,
      ...credentials,
      ...settings,
    });
    providers.push(provider);
    return provider;
  };

  beforeAll(async () => {
    simulator = await startSimulator({ deliveryDelayMs: null });
  });
  afterEach(() => {
    simulator.reset();
  });
  afterAll(async () => {
    await Promise.all(providers.map((provider) => provider.close()));
    await simulator.close();
  });

  it.each(['api-key', 'jwt'] as const)(
    'splits 230 recipients into bulk requests the simulator accepts (%s)',
    async (mode) => {
      const recipients = Array.from({ length: 230 }, (_, index) => `0912${String(2_000_000 + index)}`);
      const result = await make(mode).send({ to: recipients, text: 'سلام' });
      expect(result.messages.map((message) => message.to)).toEqual(
        recipients.map((recipient) => `+98${recipient.slice(1)}`),
      );
      const recorded = simulator.messages({ provider: 'smsafzar' });
      expect(recorded.map((message) => message.recipient).sort()).toEqual([...recipients].sort());
      expect(new Set(recorded.map((message) => message.batchId)).size).toBe(3);
      expect(result.messages.map((message) => message.id).sort()).toEqual(recorded.map((message) => message.id).sort());
      expect(result.cost).toBe(230 * 1800);
    },
  );

  it('sends every recipient notation of the documents as 09xxxxxxxxx, and every sender notation is accepted', async () => {
    const provider = make('api-key');
    const notations = ['09121234567', '9121234567', '00989121234567', '+989121234567', '989121234567'];
    const senders = ['10001000', '009810001000', '+9810001000', '9810001000'];
    for (const to of notations) await provider.send({ to, text: `to ${to}` });
    for (const from of senders) await provider.send({ to: '09121234567', text: `from ${from}`, from });
    const recorded = simulator.messages({ provider: 'smsafzar' });
    expect(recorded.slice(0, 5).map((message) => message.recipient)).toEqual(Array(5).fill('09121234567'));
    expect(recorded.slice(5).map((message) => message.sender)).toEqual(Array(4).fill('10001000'));
  });

  it('maps a sender line the account does not own to INVALID_SENDER', async () => {
    const error = await caught(() => make('api-key').send({ to: '09121234567', text: 'x', from: '20002000' }));
    expect(error).toMatchObject({ code: 'INVALID_SENDER', providerCode: 1053, outcome: 'not-sent' });
    expect(simulator.messages()).toHaveLength(0);
  });

  it.each(['api-key', 'jwt'] as const)(
    'sends a template with named parameters, one request per recipient (%s)',
    async (mode) => {
      const result = await make(mode).sendTemplate({
        to: ['09121234567', '09351234567'],
        template: 'TydSt1skQE',
        params: { code: '123456' },
      });
      expect(result.messages).toHaveLength(2);
      const recorded = simulator.messages({ provider: 'smsafzar' });
      expect(recorded.map((message) => message.text)).toEqual(['Your code is 123456', 'Your code is 123456']);
      expect(recorded[0]!.template).toEqual({ id: 'TydSt1skQE', params: { code: '123456' } });
      expect(new Set(recorded.map((message) => message.batchId)).size).toBe(2);
    },
  );

  it('maps an unknown template to TEMPLATE and refuses a long parameter before any request', async () => {
    const provider = make('api-key');
    expect(
      await caught(() =>
        provider.sendTemplate({ to: '09121234567', template: 'no-such-template', params: { code: '1' } }),
      ),
    ).toMatchObject({
      code: 'TEMPLATE',
      providerCode: 1107,
    });
    expect(
      (
        await caught(() =>
          provider.sendTemplate({ to: '09121234567', template: 'TydSt1skQE', params: { code: '1'.repeat(101) } }),
        )
      ).code,
    ).toBe('INVALID_INPUT');
    expect(simulator.messages()).toHaveLength(0);
  });

  it.each(['api-key', 'jwt'] as const)(
    'schedules, reads the status, and cancels a scheduled send (%s)',
    async (mode) => {
      const provider = make(mode, { messageStatusMap: SIMULATOR_STATUS_MAP });
      const sent = await provider.send({
        to: ['09121234567', '09351234567'],
        text: 'later',
        sendAt: new Date(Date.now() + 3_600_000),
      });
      expect(sent.messages.map((message) => message.status)).toEqual(['scheduled', 'scheduled']);
      expect((await provider.getStatus(sent)).map((report) => report.status)).toEqual(['scheduled', 'scheduled']);

      const canceled = await provider.cancel(sent);
      expect(canceled.canceled.sort()).toEqual(sent.messages.map((message) => message.id!).sort());
      expect(simulator.messages().map((message) => message.status)).toEqual(['canceled', 'canceled']);
      const reports = await provider.getStatus(sent);
      expect(reports.map((report) => [report.status, report.providerStatus])).toEqual([
        ['canceled', 6],
        ['canceled', 6],
      ]);
      // Canceling again: the batch is gone.
      expect(await caught(() => provider.cancel(sent.batchId!))).toMatchObject({
        code: 'NOT_FOUND',
        providerCode: 1106,
      });
    },
  );

  it('reports delivery through messageStatusMap, and unknown without it', async () => {
    const mapped = make('api-key', { messageStatusMap: SIMULATOR_STATUS_MAP });
    const plain = make('api-key');
    const sent = await mapped.send({ to: '09121234567', text: 'deliver me' });
    simulator.deliver(sent.messages[0]!.id!);
    expect(await mapped.getStatus(sent)).toMatchObject([
      { status: 'delivered', providerStatus: 3, to: '+989121234567' },
    ]);
    expect(await plain.getStatus(sent)).toMatchObject([{ status: 'unknown', providerStatus: 3 }]);
  });

  it.each(['api-key', 'jwt'] as const)('reads the balance and the received messages (%s)', async (mode) => {
    const provider = make(mode);
    expect(await provider.getBalance()).toMatchObject({ amount: 1_000_000, currency: 'IRR' });
    await provider.send({ to: '09121234567', text: 'x' });
    expect((await provider.getBalance()).amount).toBe(1_000_000 - 1800);

    simulator.receive({ provider: 'smsafzar', from: '09121234567', text: 'سلام' });
    simulator.receive({ provider: 'smsafzar', from: '+989351234567', to: '30001000', text: 'لغو' });
    const inbound = await provider.listInbound();
    expect(inbound.map((message) => [message.from, message.to, message.text])).toEqual(
      expect.arrayContaining([
        ['+989121234567', '10001000', 'سلام'],
        ['+989351234567', '30001000', 'لغو'],
      ]),
    );
    expect((await provider.listInbound({ line: '30001000' })).map((message) => message.text)).toEqual(['لغو']);
  });

  it('gets a fresh token and repeats the call once when the simulator no longer accepts the cached one', async () => {
    const manual = await startSimulator({ clock: 'manual', tokenLifetimeMs: 3_600_000 });
    const provider = createSmsAfzar({
      baseUrl: manual.baseUrls.smsafzar,
      senderNumber: '10001000',
      ...manual.credentials.smsafzar,
      apiKey: undefined,
    });
    try {
      await provider.send({ to: '09121234567', text: 'first' });
      // The simulator's clock moves past the token's expiry while ours does not: the cached token gets a 401.
      manual.clock.advance(2 * 3_600_000);
      const result = await provider.send({ to: '09121234567', text: 'second' });
      expect(result.messages[0]!.status).toBe('queued');
      expect(manual.messages().map((message) => message.text)).toEqual(['first', 'second']);
    } finally {
      await provider.close();
      await manual.close();
    }
  });

  it('maps wrong JWT credentials to AUTHENTICATION without showing the password', async () => {
    const error = await caught(() =>
      make('jwt', { password: 'not-the-password' }).send({ to: '09121234567', text: 'x' }),
    );
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
    expectNoSecret(error, ['not-the-password', simulator.credentials.smsafzar.password]);
  });

  describe('faults', () => {
    afterEach(() => {
      simulator.clearFaults();
    });

    it('maps a 500 to PROVIDER_ERROR with the incident number and an unknown outcome', async () => {
      simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'server-error' });
      const error = await caught(() => make('api-key').send({ to: '09121234567', text: 'x' }));
      expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown', statusCode: 500 });
      expect(typeof error.providerCode).toBe('number');
      expect(error.message).toContain(`incident ${error.providerCode}`);
    });

    it('maps a failed token request to not-sent, whatever its cause', async () => {
      simulator.fault({ provider: 'smsafzar', path: 'auth/token', kind: 'server-error' });
      expect(await caught(() => make('jwt').send({ to: '09121234567', text: 'x' }))).toMatchObject({
        code: 'PROVIDER_ERROR',
        outcome: 'not-sent',
      });
      expect(simulator.messages()).toHaveLength(0);
    });

    it('maps an HTML 502, a 429, a malformed body and a dropped answer', async () => {
      const provider = make('api-key');
      const send = () => provider.send({ to: '09121234567', text: 'x' });
      simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'bad-gateway-html' });
      expect(await caught(send)).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown', statusCode: 502 });
      simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'rate-limited' });
      expect(await caught(send)).toMatchObject({ code: 'RATE_LIMITED', outcome: 'not-sent', retryAfterMs: 2000 });
      simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'malformed-body' });
      expect(await caught(send)).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
      simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'accept-then-drop' });
      expect(await caught(send)).toMatchObject({ code: 'NETWORK', outcome: 'unknown' });
      expect(simulator.messages().length).toBeGreaterThanOrEqual(1);
    });

    it('times out an unanswered call with an unknown outcome', async () => {
      simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'no-answer' });
      const error = await caught(() => make('api-key').send({ to: '09121234567', text: 'x' }, { timeoutMs: 300 }));
      expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
    });
  });

  it('maps 403/1005 and 403/1006 from a restricted account to PERMISSION', async () => {
    const restricted = await startSimulator({ smsafzarAccess: { deniedMethods: ['messages/send'] } });
    const elsewhere = await startSimulator({ smsafzarAccess: { allowedIps: ['10.1.2.3'] } });
    const method = createSmsAfzar({
      baseUrl: restricted.baseUrls.smsafzar,
      senderNumber: '10001000',
      apiKey: restricted.credentials.smsafzar.apiKey,
    });
    const address = createSmsAfzar({
      baseUrl: elsewhere.baseUrls.smsafzar,
      senderNumber: '10001000',
      apiKey: elsewhere.credentials.smsafzar.apiKey,
    });
    try {
      const methodError = await caught(() => method.send({ to: '09121234567', text: 'x' }));
      expect(methodError).toMatchObject({ code: 'PERMISSION', providerCode: 1005, outcome: 'not-sent' });
      expect((await method.getBalance()).amount).toBe(1_000_000);
      const addressError = await caught(() => address.getBalance());
      expect(addressError).toMatchObject({ code: 'PERMISSION', providerCode: 1006 });
      expect(addressError.message).toContain('IP address');
    } finally {
      await Promise.all([method.close(), address.close(), restricted.close(), elsewhere.close()]);
    }
  });
});
