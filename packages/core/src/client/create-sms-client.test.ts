import { describe, expect, it } from 'vitest';
import { AllProvidersFailedError } from '../errors/all-providers-failed-error';
import { SmsError } from '../errors/sms-error';
import type { SmsErrorCode, SendOutcome } from '../errors/sms-error-code';
import { createMemoryProvider } from '../memory/create-memory-provider';
import { createSmsClient } from './create-sms-client';
import type { BeforeSendEvent, SendErrorEvent, SentEvent } from './sms-client-types';

const TO = '09121234567';
const refusal = (code: SmsErrorCode, provider: string, outcome?: SendOutcome) =>
  new SmsError(`${provider} refused: ${code}`, { code, provider, ...(outcome === undefined ? {} : { outcome }) });

async function rejection(promise: Promise<unknown>): Promise<SmsError> {
  try {
    await promise;
  } catch (error) {
    expect(SmsError.isInstance(error)).toBe(true);
    return error as SmsError;
  }
  throw new Error('expected a rejection');
}

describe('createSmsClient: failover and money safety', () => {
  it.each<SmsErrorCode>(['AUTHENTICATION', 'PERMISSION', 'INSUFFICIENT_CREDIT', 'RATE_LIMITED', 'INVALID_SENDER'])(
    'moves to the next provider after a provable refusal (%s)',
    async (code) => {
      const first = createMemoryProvider({ id: 'first' });
      const second = createMemoryProvider({ id: 'second' });
      first.failWith(refusal(code, 'first'));
      const client = createSmsClient({ providers: [first, second] });
      const result = await client.send({ to: TO, text: 'hello' });
      expect(result.provider).toBe('second');
      expect(first.messages).toHaveLength(0);
      expect(second.messages).toHaveLength(1);
    },
  );

  it('moves on after a connection refused before any byte was written (NETWORK, not-sent)', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(refusal('NETWORK', 'first', 'not-sent'));
    const result = await createSmsClient({ providers: [first, second] }).send({ to: TO, text: 'hello' });
    expect(result.provider).toBe('second');
  });

  it.each<SmsErrorCode>(['TIMEOUT', 'PROVIDER_ERROR', 'NETWORK', 'BAD_RESPONSE'])(
    'never moves on after an unknown outcome (%s)',
    async (code) => {
      const first = createMemoryProvider({ id: 'first' });
      const second = createMemoryProvider({ id: 'second' });
      first.failWith(refusal(code, 'first', 'unknown'));
      const error = await rejection(createSmsClient({ providers: [first, second] }).send({ to: TO, text: 'hello' }));
      expect(error.code).toBe(code);
      expect(error.outcome).toBe('unknown');
      expect(error).not.toBeInstanceOf(AllProvidersFailedError);
      expect(second.calls).toHaveLength(0);
    },
  );

  it("moves on after an unknown outcome only with failover: 'always', per client or per call", async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(refusal('TIMEOUT', 'first', 'unknown'));
    const perCall = await createSmsClient({ providers: [first, second] }).send(
      { to: TO, text: 'hello' },
      { failover: 'always' },
    );
    expect(perCall.provider).toBe('second');
    const perClient = await createSmsClient({ providers: [first, second], failover: 'always' }).send({
      to: TO,
      text: 'hello',
    });
    expect(perClient.provider).toBe('second');
  });

  it('does not fail over on invalid input, which would fail everywhere', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    const error = await rejection(createSmsClient({ providers: [first, second] }).send({ to: TO, text: '' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(second.calls).toHaveLength(0);
  });

  it('never repeats a partly sent request elsewhere, even with failover: always', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(
      new SmsError('part went out', {
        code: 'RATE_LIMITED',
        provider: 'first',
        result: { provider: 'first', messages: [], raw: null },
      }),
    );
    await rejection(
      createSmsClient({ providers: [first, second], failover: 'always' }).send({ to: TO, text: 'hello' }),
    );
    expect(second.calls).toHaveLength(0);
  });

  it('throws AllProvidersFailedError listing each error in order when every provider refuses', async () => {
    const providers = ['a', 'b', 'c'].map((id) => createMemoryProvider({ id }));
    providers[0]!.failWith(refusal('AUTHENTICATION', 'a'));
    providers[1]!.failWith(refusal('INSUFFICIENT_CREDIT', 'b'));
    providers[2]!.failWith(refusal('RATE_LIMITED', 'c'));
    const error = await rejection(createSmsClient({ providers }).send({ to: TO, text: 'hello' }));
    expect(error).toBeInstanceOf(AllProvidersFailedError);
    const all = error as AllProvidersFailedError;
    expect(all.errors.map((item) => [item.provider, item.code])).toEqual([
      ['a', 'AUTHENTICATION'],
      ['b', 'INSUFFICIENT_CREDIT'],
      ['c', 'RATE_LIMITED'],
    ]);
    expect(all.outcome).toBe('not-sent');
    expect(all.message).toContain('a: AUTHENTICATION');
    expect(JSON.parse(JSON.stringify(all)).errors).toHaveLength(3);
  });

  it('rethrows the single error when there is only one provider', async () => {
    const only = createMemoryProvider({ id: 'only' });
    only.failWith(refusal('INSUFFICIENT_CREDIT', 'only'));
    const error = await rejection(createSmsClient({ providers: only }).send({ to: TO, text: 'hello' }));
    expect(error).not.toBeInstanceOf(AllProvidersFailedError);
    expect(error.code).toBe('INSUFFICIENT_CREDIT');
  });

  it("failover: 'never' tries only the first provider", async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(refusal('AUTHENTICATION', 'first'));
    await rejection(createSmsClient({ providers: [first, second], failover: 'never' }).send({ to: TO, text: 'hello' }));
    expect(second.calls).toHaveLength(0);
  });
});

describe('createSmsClient: strategies and routing', () => {
  it('round-robin spreads sends evenly', async () => {
    const providers = ['a', 'b', 'c'].map((id) => createMemoryProvider({ id }));
    const client = createSmsClient({ providers, strategy: 'round-robin' });
    for (let index = 0; index < 30; index += 1) await client.send({ to: TO, text: `message ${index}` });
    expect(providers.map((provider) => provider.messages.length)).toEqual([10, 10, 10]);
  });

  it('round-robin still fails over on a refusal', async () => {
    const providers = ['a', 'b'].map((id) => createMemoryProvider({ id }));
    providers[0]!.failWith(refusal('RATE_LIMITED', 'a'));
    const client = createSmsClient({ providers, strategy: 'round-robin' });
    const results = await Promise.all([1, 2, 3, 4].map((index) => client.send({ to: TO, text: `m${index}` })));
    expect(results.every((result) => result.provider === 'b')).toBe(true);
  });

  it('accepts a function choosing the order, by id or by provider', async () => {
    const a = createMemoryProvider({ id: 'a' });
    const b = createMemoryProvider({ id: 'b' });
    const client = createSmsClient({
      providers: [a, b],
      strategy: ({ providers }) => [...providers].reverse().map((provider) => provider.id),
    });
    expect((await client.send({ to: TO, text: 'x' })).provider).toBe('b');
    const byObject = createSmsClient({ providers: [a, b], strategy: () => [b] });
    expect((await byObject.send({ to: TO, text: 'x' })).provider).toBe('b');
    const wrong = createSmsClient({ providers: [a, b], strategy: () => ['nope'] });
    expect((await rejection(wrong.send({ to: TO, text: 'x' }))).code).toBe('INVALID_INPUT');
  });

  it('forces one provider per call', async () => {
    const a = createMemoryProvider({ id: 'a' });
    const b = createMemoryProvider({ id: 'b' });
    const client = createSmsClient({ providers: [a, b] });
    expect((await client.send({ to: TO, text: 'x' }, { provider: 'b' })).provider).toBe('b');
    expect((await rejection(client.send({ to: TO, text: 'x' }, { provider: 'zzz' }))).code).toBe('INVALID_INPUT');
  });

  it('fails with UNSUPPORTED before any request when no provider has the capability', async () => {
    const plain = createMemoryProvider({
      id: 'plain',
      capabilities: {
        batch: false,
        scheduling: false,
        cancel: false,
        status: false,
        balance: false,
        inbound: false,
        templates: false,
      },
    });
    const client = createSmsClient({ providers: [plain] });
    const cases = [
      client.sendBatch([{ to: TO, text: 'x' }]),
      client.send({ to: TO, text: 'x', sendAt: new Date(Date.now() + 60_000) }),
      client.sendTemplate({ to: TO, template: 'otp', params: { code: '1' } }),
      client.cancel(['1']),
      client.getStatus(['1']),
      client.getBalance(),
      client.listInbound(),
    ];
    for (const call of cases) expect((await rejection(call)).code).toBe('UNSUPPORTED');
    expect(plain.calls).toHaveLength(0);
  });

  it('routes cancel and getStatus to the provider that sent the message', async () => {
    const a = createMemoryProvider({ id: 'a' });
    const b = createMemoryProvider({ id: 'b' });
    const client = createSmsClient({ providers: [a, b] });
    const sent = await client.send(
      { to: TO, text: 'later', sendAt: new Date(Date.now() + 3_600_000) },
      { provider: 'b' },
    );
    const canceled = await client.cancel(sent);
    expect(canceled.provider).toBe('b');
    expect(canceled.canceled).toEqual([sent.messages[0]!.id]);
    const [report] = await client.getStatus(sent);
    expect(report?.status).toBe('canceled');
    expect(a.calls).toHaveLength(0);
    expect((await rejection(client.getStatus(['b-1']))).code).toBe('INVALID_INPUT');
    expect((await client.getStatus(['b-1'], { provider: 'b' }))[0]?.status).toBe('canceled');
  });

  it('reads the balance of the first provider that has one, or the one named', async () => {
    const a = createMemoryProvider({ id: 'a', balance: 10, capabilities: { balance: false } });
    const b = createMemoryProvider({ id: 'b', balance: 20 });
    const client = createSmsClient({ providers: [a, b] });
    expect((await client.getBalance()).provider).toBe('b');
    expect((await rejection(client.getBalance({ provider: 'a' }))).code).toBe('UNSUPPORTED');
  });

  it('gives the native provider by id and closes every provider', async () => {
    const a = createMemoryProvider({ id: 'a' });
    const b = createMemoryProvider({ id: 'b' });
    const client = createSmsClient({ providers: [a, b] });
    expect(client.provider('b')).toBe(b);
    await client.close();
    expect(a.closed && b.closed).toBe(true);
  });

  it('refuses duplicate ids and an empty provider list', () => {
    const a = createMemoryProvider({ id: 'a' });
    expect(() => createSmsClient({ providers: [a, createMemoryProvider({ id: 'a' })] })).toThrow(/share the id/);
    expect(() => createSmsClient({ providers: [] })).toThrow(SmsError);
  });

  it('normalises national numbers with defaultCountry before providers see them', async () => {
    const a = createMemoryProvider({ id: 'a', defaultCountry: 'US' });
    const client = createSmsClient({ providers: [a], defaultCountry: 'FR' });
    const result = await client.send({ to: ['06 12 34 56 78', '+989121234567'], text: 'x' });
    expect(result.messages.map((message) => message.to)).toEqual(['+33612345678', '+989121234567']);
    expect((await rejection(client.send({ to: 'nope', text: 'x' }))).code).toBe('INVALID_RECIPIENT');
  });
});

describe('createSmsClient: template registry', () => {
  const templates = {
    otp: {
      ghasedak: { template: 'verify', params: ['code'] },
      smsafzar: { templateId: 'TydSt1skQE' },
      text: 'Your code is {code}',
    },
    nativeOnly: { ghasedak: { template: 'promo', params: { name: 'param1' } } },
  } as const;

  it('uses each provider native template with positional or renamed parameters', async () => {
    const ghasedak = createMemoryProvider({ id: 'ghasedak' });
    const smsafzar = createMemoryProvider({ id: 'smsafzar' });
    const client = createSmsClient({ providers: [ghasedak, smsafzar], templates });
    await client.sendTemplate({ to: TO, template: 'otp', params: { code: '4821' } });
    expect(ghasedak.calls[0]?.input).toMatchObject({ template: 'verify', params: ['4821'] });
    await client.sendTemplate({ to: TO, template: 'otp', params: { code: '4821' } }, { provider: 'smsafzar' });
    expect(smsafzar.calls[0]?.input).toMatchObject({ template: 'TydSt1skQE', params: { code: '4821' } });
    await client.sendTemplate({ to: TO, template: 'nativeOnly', params: { name: 'Sara' } });
    expect(ghasedak.calls[1]?.input).toMatchObject({ template: 'promo', params: { param1: 'Sara' } });
  });

  it('falls back to the text for a provider without a binding', async () => {
    const plain = createMemoryProvider({ id: 'smspartner', capabilities: { templates: false } });
    const client = createSmsClient({ providers: [plain], templates });
    const result = await client.sendTemplate({ to: TO, template: 'otp', params: { code: '4821' } });
    expect(result.provider).toBe('smspartner');
    expect(plain.calls[0]?.method).toBe('send');
    expect(plain.messages[0]?.text).toBe('Your code is 4821');
  });

  it('fails over only to providers able to send the template, text fallback included', async () => {
    const ghasedak = createMemoryProvider({ id: 'ghasedak' });
    const plain = createMemoryProvider({ id: 'plain', capabilities: { templates: false } });
    ghasedak.failWith(refusal('INSUFFICIENT_CREDIT', 'ghasedak'));
    const client = createSmsClient({ providers: [ghasedak, plain], templates });
    const result = await client.sendTemplate({ to: TO, template: 'otp', params: { code: '1' } });
    expect(result.provider).toBe('plain');
    expect(plain.messages[0]?.text).toBe('Your code is 1');
    const nativeOnly = await rejection(client.sendTemplate({ to: TO, template: 'nativeOnly', params: { name: 'x' } }));
    expect(nativeOnly.code).toBe('INSUFFICIENT_CREDIT');
    expect(
      plain.calls.filter((call) => call.input !== undefined && JSON.stringify(call.input).includes('nativeOnly')),
    ).toHaveLength(0);
  });

  it('refuses an unknown template, a missing parameter and positional params', async () => {
    const client = createSmsClient({ providers: [createMemoryProvider({ id: 'ghasedak' })], templates });
    expect((await rejection(client.sendTemplate({ to: TO, template: 'nope', params: {} }))).code).toBe('TEMPLATE');
    expect((await rejection(client.sendTemplate({ to: TO, template: 'otp', params: {} }))).code).toBe('TEMPLATE');
    expect((await rejection(client.sendTemplate({ to: TO, template: 'otp', params: ['1'] }))).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('createSmsClient: hooks', () => {
  it('calls beforeSend, onSent and onError with payloads free of provider objects', async () => {
    const events: (BeforeSendEvent | SentEvent | SendErrorEvent)[] = [];
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(refusal('AUTHENTICATION', 'first'));
    const client = createSmsClient({
      providers: [first, second],
      hooks: {
        beforeSend: (event) => void events.push(event),
        onSent: (event) => void events.push(event),
        onError: (event) => void events.push(event),
      },
    });
    await client.send({ to: TO, text: 'hello' });
    expect(
      events.map((event) => [
        event.provider,
        event.attempt,
        'result' in event ? 'sent' : 'error' in event ? 'error' : 'before',
      ]),
    ).toEqual([
      ['first', 1, 'before'],
      ['first', 1, 'error'],
      ['second', 2, 'before'],
      ['second', 2, 'sent'],
    ]);
    expect((events[1] as SendErrorEvent).willFailover).toBe(true);
    for (const event of events)
      expect(Object.values(event).some((value) => value === first || value === second)).toBe(false);
  });

  it('lets beforeSend veto a send: ABORTED, not-sent, nothing sent', async () => {
    const provider = createMemoryProvider();
    const client = createSmsClient({ providers: [provider], hooks: { beforeSend: () => false } });
    const error = await rejection(client.send({ to: TO, text: 'x' }));
    expect(error.code).toBe('ABORTED');
    expect(error.outcome).toBe('not-sent');
    expect(provider.calls).toHaveLength(0);
  });

  it('ignores hooks that throw or reject', async () => {
    const provider = createMemoryProvider();
    const client = createSmsClient({
      providers: [provider],
      hooks: {
        beforeSend: () => {
          throw new Error('observer bug');
        },
        onSent: async () => Promise.reject(new Error('observer bug')),
      },
    });
    expect((await client.send({ to: TO, text: 'x' })).messages).toHaveLength(1);
  });
});

describe('createSmsClient: input checks before any provider is called', () => {
  const twoProviders = () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    const errors: SendErrorEvent[] = [];
    const client = createSmsClient({
      providers: [first, second],
      hooks: { onError: (event) => void errors.push(event) },
    });
    return { first, second, errors, client };
  };

  it.each([['not-a-number'], [''], ['  '], ['abc'], ['123'], ['+98912'], [['+989121234567', 'call me']]])(
    'refuses %j once with INVALID_RECIPIENT without defaultCountry, calling no provider',
    async (to) => {
      const { first, second, errors, client } = twoProviders();
      const error = await rejection(client.send({ to, text: 'hello' }));
      expect(error).toMatchObject({ code: 'INVALID_RECIPIENT', outcome: 'not-sent', retryable: false });
      expect(error).not.toBeInstanceOf(AllProvidersFailedError);
      expect(first.calls).toHaveLength(0);
      expect(second.calls).toHaveLength(0);
      expect(errors).toHaveLength(0);
    },
  );

  it('passes national numbers on as written without defaultCountry, for providers that know their country', async () => {
    const { first, client } = twoProviders();
    const result = await client.send({ to: ['09121234567', '+33612345678'], text: 'hello' });
    expect(first.calls[0]?.input).toEqual({ to: ['09121234567', '+33612345678'], text: 'hello' });
    expect(result.messages.map((message) => message.to)).toEqual(['+989121234567', '+33612345678']);
  });

  it('refuses a bad recipient of a batch or a template the same way', async () => {
    const { first, second, client } = twoProviders();
    const batch = await rejection(
      client.sendBatch([
        { to: '+989121234567', text: 'a' },
        { to: 'x', text: 'b' },
      ]),
    );
    expect(batch).toMatchObject({ code: 'INVALID_RECIPIENT', message: expect.stringContaining('recipient 2 of 2') });
    const template = await rejection(client.sendTemplate({ to: 'not-a-number', template: 'otp', params: ['1'] }));
    expect(template.code).toBe('INVALID_RECIPIENT');
    expect([...first.calls, ...second.calls]).toEqual([]);
  });

  it('refuses a recipient of the wrong type with INVALID_INPUT', async () => {
    const { first, client } = twoProviders();
    for (const to of [9121234567, null, undefined, [], ['+989121234567', 42], { number: '+989121234567' }]) {
      expect((await rejection(client.send({ to: to as never, text: 'hello' }))).code, JSON.stringify(to)).toBe(
        'INVALID_INPUT',
      );
    }
    expect(first.calls).toHaveLength(0);
  });

  it.each([
    [null],
    [undefined],
    ['text'],
    [42],
    [[{ to: TO, text: 'x' }]],
    [{ to: TO }],
    [{ to: TO, text: 5 }],
    [{ to: TO, text: 'x', sendAt: '2030-01-01' }],
    [{ to: TO, text: 'x', from: 10008566 }],
  ])('refuses send(%j) with INVALID_INPUT', async (message) => {
    const { first, client } = twoProviders();
    const error = await rejection(client.send(message as never));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', outcome: 'not-sent' });
    expect(first.calls).toHaveLength(0);
  });

  it('refuses template params of the wrong type, with or without a registry', async () => {
    const provider = createMemoryProvider();
    const withRegistry = createSmsClient({ providers: [provider], templates: { otp: { text: 'Code {code}' } } });
    const without = createSmsClient({ providers: [provider] });
    for (const client of [withRegistry, without]) {
      for (const params of [null, undefined, 'code', { code: 1234 }, [1234]]) {
        expect(
          (await rejection(client.sendTemplate({ to: TO, template: 'otp', params: params as never }))).code,
          JSON.stringify(params),
        ).toBe('INVALID_INPUT');
      }
    }
    expect(provider.calls).toHaveLength(0);
  });

  it('does not read placeholders or template names from Object.prototype', async () => {
    const provider = createMemoryProvider();
    const client = createSmsClient({ providers: [provider], templates: { otp: { text: 'Code {toString}' } } });
    expect((await rejection(client.sendTemplate({ to: TO, template: 'otp', params: {} }))).code).toBe('TEMPLATE');
    expect((await rejection(client.sendTemplate({ to: TO, template: 'constructor', params: {} }))).code).toBe(
      'TEMPLATE',
    );
    expect(provider.calls).toHaveLength(0);
  });

  it('refuses call options of the wrong type', async () => {
    const { first, client } = twoProviders();
    const options = [
      null,
      'fast',
      { signal: 'stop' },
      { signal: { aborted: false } },
      { timeoutMs: -1 },
      { timeoutMs: 0 },
      { timeoutMs: Number.NaN },
      { timeoutMs: 1.5 },
      { timeoutMs: 2 ** 31 },
      { provider: 42 },
      { failover: 'sometimes' },
    ];
    for (const option of options) {
      expect((await rejection(client.send({ to: TO, text: 'x' }, option as never))).code, JSON.stringify(option)).toBe(
        'INVALID_INPUT',
      );
      expect((await rejection(client.getBalance(option as never))).code, JSON.stringify(option)).toBe('INVALID_INPUT');
    }
    expect(first.calls).toHaveLength(0);
  });

  it('refuses a cancel or status target of the wrong type', async () => {
    const provider = createMemoryProvider();
    const client = createSmsClient({ providers: [provider] });
    for (const target of [
      null,
      undefined,
      42,
      {},
      [42],
      [null],
      [{ to: TO }],
      { messages: [null] },
      { messages: [{ id: 7 }] },
    ]) {
      expect((await rejection(client.cancel(target as never))).code, JSON.stringify(target)).toBe('INVALID_INPUT');
      expect((await rejection(client.getStatus(target as never))).code, JSON.stringify(target)).toBe('INVALID_INPUT');
    }
    expect(provider.calls).toHaveLength(0);
  });

  it.each([[42], ['XX'], ['ir'], [null], ['']])(
    'refuses defaultCountry %j when the client is created',
    (defaultCountry) => {
      expect(() =>
        createSmsClient({ providers: [createMemoryProvider()], defaultCountry: defaultCountry as never }),
      ).toThrowError(
        expect.objectContaining({
          name: 'SmsError',
          code: 'INVALID_INPUT',
          message: expect.stringContaining('defaultCountry'),
        }),
      );
    },
  );

  it('refuses client options of the wrong type when the client is created', () => {
    const memory = createMemoryProvider();
    const wrong = [
      null,
      'memory',
      {},
      { providers: null },
      { providers: [null] },
      { providers: [{ id: 'x' }] },
      { providers: new Array(1) },
      { providers: [memory], strategy: 42 },
      { providers: [memory], failover: 'sometimes' },
      { providers: [memory], hooks: { onSent: 'log' } },
      { providers: [memory], hooks: 'log' },
      { providers: [memory], templates: { otp: null } },
      { providers: [memory], templates: { otp: { memory: null } } },
      { providers: [memory], templates: { otp: { text: 42 } } },
    ];
    for (const options of wrong) {
      expect(() => createSmsClient(options as never), JSON.stringify(options)).toThrowError(
        expect.objectContaining({ name: 'SmsError', code: 'INVALID_INPUT' }),
      );
    }
  });

  it('refuses what a strategy function returns when it is not a list of providers', async () => {
    const provider = createMemoryProvider();
    // new Array(1): a sparse list, whose hole map() would skip.
    for (const answer of [undefined, 'memory', [null], [{ id: 'memory' }], new Array(1)]) {
      const client = createSmsClient({ providers: [provider], strategy: () => answer as never });
      expect((await rejection(client.send({ to: TO, text: 'x' }))).code, JSON.stringify(answer)).toBe('INVALID_INPUT');
    }
    expect(provider.calls).toHaveLength(0);
  });

  it('normalises with defaultCountry and refuses with the same codes', async () => {
    const provider = createMemoryProvider({ defaultCountry: 'FR' });
    const client = createSmsClient({ providers: [provider], defaultCountry: 'IR' });
    await client.send({ to: ['09121234567', '+33612345678'], text: 'x' });
    expect(provider.calls[0]?.input).toMatchObject({ to: ['+989121234567', '+33612345678'] });
    expect((await rejection(client.send({ to: 'not-a-number', text: 'x' }))).code).toBe('INVALID_RECIPIENT');
    expect((await rejection(client.send({ to: [42] as never, text: 'x' }))).code).toBe('INVALID_INPUT');
    expect(provider.calls).toHaveLength(1);
  });
});
