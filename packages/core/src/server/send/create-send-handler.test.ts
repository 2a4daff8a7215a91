import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmsClient, type SmsClient } from '../../client/create-sms-client';
import { SmsError } from '../../errors/sms-error';
import type { SmsErrorCode } from '../../errors/sms-error-code';
import { createMemoryProvider, type MemoryProvider } from '../../memory/create-memory-provider';
import type { SendResult } from '../../model/send-result';
import type { ServerAnswer } from '../answers/server-answer';
import { createSendHandler } from './create-send-handler';
import type { SendHandlerOptions } from './send-handler-options';

const FUTURE = '2099-06-01T09:30:00.000Z';

let provider: MemoryProvider;
let client: SmsClient;

/** What an adapter does with a parsed JSON body. */
function send(body: unknown, options?: SendHandlerOptions, target: SmsClient = client): Promise<ServerAnswer> {
  return createSendHandler(target, options)({ kind: 'body', body });
}

/** The body's members, as a JSON client would read them. */
function bodyOf(answer: ServerAnswer): Record<string, any> {
  return JSON.parse(JSON.stringify(answer.body)) as Record<string, any>;
}

function pointersOf(answer: ServerAnswer): string[] {
  return bodyOf(answer).errors.map((error: { pointer: string }) => error.pointer);
}

beforeEach(() => {
  provider = createMemoryProvider();
  client = createSmsClient({ providers: provider });
});

afterEach(async () => {
  await client.close();
});

describe('createSendHandler: sending', () => {
  it('sends a text and answers 202 with the result, not to be cached', async () => {
    const answer = await send({
      to: ['09121234567', '+989351234567'],
      text: 'Hello',
      from: '10008566',
      reference: 'order-7',
    });

    expect(answer).toEqual({
      status: 202,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: {
        provider: 'memory',
        messages: [
          { to: '+989121234567', id: 'memory-1', status: 'sent', segments: 1 },
          { to: '+989351234567', id: 'memory-2', status: 'sent', segments: 1 },
        ],
      },
    });
    expect(provider.calls).toEqual([
      {
        method: 'send',
        input: { to: ['09121234567', '+989351234567'], text: 'Hello', from: '10008566', reference: 'order-7' },
      },
    ]);
  });

  it('schedules with an ISO sendAt and answers the time as ISO', async () => {
    const answer = await send({ to: '09121234567', text: 'Later', sendAt: '2099-06-01T13:00:00+03:30' });

    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      provider: 'memory',
      sendAt: FUTURE,
      messages: [{ to: '+989121234567', id: 'memory-1', status: 'scheduled', segments: 1 }],
    });
    expect(provider.messages[0]?.sendAt).toEqual(new Date(FUTURE));
  });

  it('sends a template body through sendTemplate', async () => {
    const answer = await send({ to: '09121234567', template: 'otp', params: { code: '4821' } });

    expect(answer.status).toBe(202);
    expect(bodyOf(answer).messages).toEqual([{ to: '+989121234567', id: 'memory-1', status: 'sent', segments: 1 }]);
    expect(provider.calls).toEqual([
      { method: 'sendTemplate', input: { to: '09121234567', template: 'otp', params: { code: '4821' } } },
    ]);
    expect(provider.messages[0]).toMatchObject({ template: { id: 'otp', params: { code: '4821' } } });
  });

  it('passes positional template parameters and voice', async () => {
    const answer = await send({ to: '09121234567', template: 'otp', params: ['4821'], voice: true });

    expect(answer.status).toBe(202);
    expect(provider.calls[0]?.input).toEqual({ to: '09121234567', template: 'otp', params: ['4821'], voice: true });
  });

  it('routes to the provider named in the body', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    const routed = createSmsClient({ providers: [first, second] });

    const answer = await send({ to: '09121234567', text: 'Hi', provider: 'second' }, {}, routed);

    expect(answer.status).toBe(202);
    expect(bodyOf(answer).provider).toBe('second');
    expect(first.messages).toHaveLength(0);
    expect(second.messages).toHaveLength(1);
  });

  it('answers 400 for a provider the client does not have', async () => {
    const answer = await send({ to: '09121234567', text: 'Hi', provider: 'nope' });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
    expect(bodyOf(answer).detail).toMatch(/No provider "nope"/);
  });

  it('includes raw only when asked', async () => {
    const without = await send({ to: '09121234567', text: 'Hi' });
    const withRaw = await send({ to: '09121234567', text: 'Hi' }, { includeRaw: true });

    expect(without.body).not.toHaveProperty('raw');
    expect(bodyOf(withRaw).raw).toEqual({ messages: ['memory-2'] });
  });

  it('serialises entries that failed as problem documents', async () => {
    const result: SendResult = {
      provider: 'memory',
      batchId: 'b-1',
      cost: 2,
      currency: 'EUR',
      messages: [
        {
          to: '+989121234567',
          id: '1',
          status: 'sent',
          providerStatus: 0,
          cost: 2,
          batchId: 'b-1',
          reference: 'order-1',
        },
        {
          to: '+989351234567',
          status: 'failed',
          error: new SmsError('+989351234567 is blacklisted at the provider.', {
            code: 'INVALID_RECIPIENT',
            provider: 'memory',
          }),
        },
      ],
      raw: { apiKey: 'sk-should-not-appear' },
    };
    const stub = { send: async () => result, sendTemplate: async () => result } as unknown as SmsClient;

    const answer = await send({ to: ['09121234567', '09351234567'], text: 'Hi' }, {}, stub);

    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      provider: 'memory',
      batchId: 'b-1',
      cost: 2,
      currency: 'EUR',
      messages: [
        {
          to: '+989121234567',
          id: '1',
          status: 'sent',
          providerStatus: 0,
          cost: 2,
          batchId: 'b-1',
          reference: 'order-1',
        },
        {
          to: '+989351234567',
          status: 'failed',
          error: {
            type: 'urn:sms:error:invalid-recipient',
            title: 'Invalid recipient',
            status: 400,
            detail: '+989351234567 is blacklisted at the provider.',
            code: 'INVALID_RECIPIENT',
            provider: 'memory',
            outcome: 'not-sent',
            retryable: false,
          },
        },
      ],
    });
    expect(JSON.stringify(answer.body)).not.toContain('sk-should-not-appear');
  });

  it('passes the timeout to the client', async () => {
    let seen: unknown;
    const stub = {
      send: async (_message: unknown, options: unknown) => {
        seen = options;
        return { provider: 'x', messages: [], raw: null };
      },
      sendTemplate: async () => ({ provider: 'x', messages: [], raw: null }),
    } as unknown as SmsClient;

    expect((await send({ to: '09121234567', text: 'Hi' }, { timeoutMs: 1500 }, stub)).status).toBe(202);

    expect(seen).toEqual({ timeoutMs: 1500 });
  });
});

describe('createSendHandler: validation', () => {
  const cases: { name: string; body: unknown; pointers: string[] }[] = [
    { name: 'a list instead of an object', body: [{ to: '09121234567', text: 'x' }], pointers: ['#'] },
    { name: 'a string instead of an object', body: '{"to": "09121234567"}', pointers: ['#'] },
    { name: 'neither text nor template', body: { to: '09121234567' }, pointers: ['#'] },
    {
      name: 'both text and template',
      body: { to: '09121234567', text: 'x', template: 'otp', params: {} },
      pointers: ['#', '#/template', '#/params'],
    },
    { name: 'a missing recipient', body: { text: 'x' }, pointers: ['#/to'] },
    { name: 'a numeric recipient', body: { to: 9121234567, text: 'x' }, pointers: ['#/to'] },
    { name: 'an empty recipient list', body: { to: [], text: 'x' }, pointers: ['#/to'] },
    {
      name: 'an entry of the wrong type in the list',
      body: { to: ['09121234567', 42, ' '], text: 'x' },
      pointers: ['#/to/1'],
    },
    { name: 'an empty text', body: { to: '09121234567', text: '   ' }, pointers: ['#/text'] },
    { name: 'a numeric text', body: { to: '09121234567', text: 5 }, pointers: ['#/text'] },
    { name: 'an unknown member', body: { to: '09121234567', text: 'x', priority: 'high' }, pointers: ['#/priority'] },
    {
      name: 'providerOptions from the caller',
      body: { to: '09121234567', text: 'x', providerOptions: {} },
      pointers: ['#/providerOptions'],
    },
    { name: 'voice on a text', body: { to: '09121234567', text: 'x', voice: true }, pointers: ['#/voice'] },
    { name: 'an empty sender', body: { to: '09121234567', text: 'x', from: '' }, pointers: ['#/from'] },
    { name: 'a numeric reference', body: { to: '09121234567', text: 'x', reference: 7 }, pointers: ['#/reference'] },
    {
      name: 'sendAt as a number',
      body: { to: '09121234567', text: 'x', sendAt: 4102444800000 },
      pointers: ['#/sendAt'],
    },
    {
      name: 'sendAt without a zone',
      body: { to: '09121234567', text: 'x', sendAt: '2099-01-01T09:00:00' },
      pointers: ['#/sendAt'],
    },
    {
      name: 'sendAt as a bare date',
      body: { to: '09121234567', text: 'x', sendAt: '2099-01-01' },
      pointers: ['#/sendAt'],
    },
    {
      name: 'sendAt on a day that does not exist',
      body: { to: '09121234567', text: 'x', sendAt: '2099-02-30T09:00:00Z' },
      pointers: ['#/sendAt'],
    },
    { name: 'sendAt in prose', body: { to: '09121234567', text: 'x', sendAt: 'tomorrow' }, pointers: ['#/sendAt'] },
    { name: 'a template without params', body: { to: '09121234567', template: 'otp' }, pointers: ['#/params'] },
    {
      name: 'a numeric template parameter',
      body: { to: '09121234567', template: 'otp', params: { code: 4821 } },
      pointers: ['#/params/code'],
    },
    {
      name: 'a numeric positional parameter',
      body: { to: '09121234567', template: 'otp', params: ['a', 1] },
      pointers: ['#/params/1'],
    },
    {
      name: 'params as a string',
      body: { to: '09121234567', template: 'otp', params: 'code=1' },
      pointers: ['#/params'],
    },
    {
      name: 'voice as a string',
      body: { to: '09121234567', template: 'otp', params: {}, voice: 'yes' },
      pointers: ['#/voice'],
    },
    { name: 'an empty template', body: { to: '09121234567', template: '', params: {} }, pointers: ['#/template'] },
  ];

  it.each(cases)('answers 400 for $name', async ({ body, pointers }) => {
    const answer = await send(body);

    expect(answer.status).toBe(400);
    expect(answer.headers).toEqual({
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
    });
    expect(answer.body).toMatchObject({
      type: 'urn:sms:error:invalid-input',
      title: 'Invalid input',
      status: 400,
      code: 'INVALID_INPUT',
    });
    expect(pointersOf(answer)).toEqual(pointers);
    for (const error of bodyOf(answer).errors) expect(error.detail).toEqual(expect.any(String));
    expect(provider.calls).toHaveLength(0);
  });

  it('answers 400 for a request without a body', async () => {
    const answer = await createSendHandler(client)({ kind: 'empty' });

    expect(answer.status).toBe(400);
    expect(bodyOf(answer).errors).toEqual([{ pointer: '#', detail: expect.stringMatching(/no body/) }]);
  });

  it('answers 415 with Accept-Post for a body that is not JSON', async () => {
    const answer = await createSendHandler(client)({ kind: 'not-json' });

    expect(answer.status).toBe(415);
    expect(answer.headers['accept-post']).toBe('application/json');
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
    expect(provider.calls).toHaveLength(0);
  });

  it('answers 400 for more recipients than allowed', async () => {
    const answer = await send({ to: ['09121234567', '09121234568', '09121234569'], text: 'x' }, { maxRecipients: 2 });

    expect(answer.status).toBe(400);
    expect(bodyOf(answer).errors).toEqual([
      { pointer: '#/to', detail: '`to` lists 3 numbers; at most 2 are accepted per request.' },
    ]);
  });

  it('refuses what the endpoint was configured not to accept', async () => {
    const text = await send({ to: '09121234567', text: 'x' }, { allowText: false, allowProvider: false });
    const named = await send(
      { to: '09121234567', template: 'otp', params: {}, provider: 'memory' },
      { allowText: false, allowProvider: false },
    );
    const noTemplates = await send({ to: '09121234567', template: 'otp', params: {} }, { allowTemplates: false });

    expect(pointersOf(text)).toEqual(['#/text']);
    expect(pointersOf(named)).toEqual(['#/provider']);
    expect(pointersOf(noTemplates)).toEqual(['#/template']);
    expect(provider.calls).toHaveLength(0);
  });

  it('answers 400 with the core message for a number that is not a phone number', async () => {
    const answer = await send({ to: '12', text: 'x' });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_RECIPIENT', outcome: 'not-sent', retryable: false });
  });

  it.each([[' '], [''], ['not-a-number'], [['09121234567', '']], [['09121234567', 'x'.repeat(300)]]])(
    'answers 400 INVALID_RECIPIENT for %j, with the code the client and every provider use for a bad number',
    async (to) => {
      const answer = await send({ to, text: 'x' });

      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        type: 'urn:sms:error:invalid-recipient',
        code: 'INVALID_RECIPIENT',
        outcome: 'not-sent',
      });
      expect(provider.calls).toHaveLength(0);
    },
  );

  it('answers 400 for a sendAt in the past (checked by the client)', async () => {
    const answer = await send({ to: '09121234567', text: 'x', sendAt: '2001-01-01T00:00:00Z' });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_INPUT' });
    expect(bodyOf(answer).detail).toMatch(/in the past/);
  });

  it('refuses impossible settings at startup, naming the endpoint', () => {
    expect(() => createSendHandler(client, { maxRecipients: 0 }, 'sendSmsHandler')).toThrow(
      /^sendSmsHandler: `maxRecipients`/,
    );
    expect(() => createSendHandler(client, { maxRecipients: 1.5 })).toThrow(/maxRecipients/);
    expect(() => createSendHandler(client, { timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => createSendHandler(client, { allowText: false, allowTemplates: false })).toThrow(
      /nothing could ever be sent/,
    );
    expect(() => createSendHandler(client, { defaultCountry: 'ir' as never })).toThrow(/defaultCountry/);
    expect(() => createSendHandler(undefined as unknown as SmsClient)).toThrow(SmsError);
  });
});

describe('createSendHandler: one recipient listed twice', () => {
  it('sends once to each number, compared in E.164, in first-seen order', async () => {
    const answer = await send(
      {
        to: ['09121234567', '+989351234567', '+98 912 123 4567', '00989121234567', '0935 123 4567', '09121234567'],
        text: 'Hello',
      },
      { defaultCountry: 'IR' },
    );

    expect(answer.status).toBe(202);
    expect(bodyOf(answer).messages.map((message: { to: string }) => message.to)).toEqual([
      '+989121234567',
      '+989351234567',
    ]);
    expect(provider.calls).toEqual([
      { method: 'send', input: { to: ['09121234567', '+989351234567'], text: 'Hello' } },
    ]);
  });

  it('compares national numbers as written without defaultCountry, and international ones in E.164', async () => {
    const answer = await send({
      to: ['+989121234567', '+98 912 123 4567', '09121234567', '09121234567'],
      template: 'otp',
      params: { code: '1' },
    });

    expect(answer.status).toBe(202);
    expect(provider.calls[0]?.input).toMatchObject({ to: ['+989121234567', '09121234567'] });
  });
});

describe('createSendHandler: SmsError answers', () => {
  const statuses: [SmsErrorCode, number][] = [
    ['INVALID_INPUT', 400],
    ['INVALID_RECIPIENT', 400],
    ['INVALID_SENDER', 400],
    ['TEMPLATE', 400],
    ['INSUFFICIENT_CREDIT', 402],
    ['PERMISSION', 403],
    ['AUTHENTICATION', 502],
    ['NOT_FOUND', 404],
    ['CANCEL_WINDOW_PASSED', 409],
    ['RATE_LIMITED', 429],
    ['UNSUPPORTED', 501],
    ['PROVIDER_ERROR', 502],
    ['BAD_RESPONSE', 502],
    ['NETWORK', 502],
    ['TIMEOUT', 504],
    ['ABORTED', 503],
  ];

  it.each(statuses)('answers %s with %i as application/problem+json', async (code, status) => {
    const error = new SmsError(`memory failed with ${code}.`, { code, provider: 'memory' });
    provider.failWith(error);

    const answer = await send({ to: '09121234567', text: 'x' });

    expect(answer.status).toBe(status);
    expect(answer.headers).toEqual({
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
    });
    expect(answer.body).toEqual({
      type: `urn:sms:error:${code.toLowerCase().replaceAll('_', '-')}`,
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code,
      provider: 'memory',
      outcome: error.outcome,
      retryable: error.retryable,
    });
  });

  it('sets Retry-After on 429 from the error, in whole seconds', async () => {
    provider.failWith(
      new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 1500 }),
    );

    const answer = await send({ to: '09121234567', text: 'x' });

    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('2');
    expect(answer.body).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfter: 2,
      detail: 'memory is rate limiting.',
    });
  });

  it('sends no Retry-After when the provider gave none', async () => {
    provider.failWith(new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory' }));

    const answer = await send({ to: '09121234567', text: 'x' });

    expect(answer.status).toBe(429);
    expect(answer.headers).not.toHaveProperty('retry-after');
  });

  it('answers a provider refusing the server credentials with 502 and a fixed sentence', async () => {
    provider.failWith(
      new SmsError('memory refused the API key; set MEMORY_API_KEY.', {
        code: 'AUTHENTICATION',
        provider: 'memory',
        statusCode: 401,
      }),
    );

    const answer = await send({ to: '09121234567', text: 'x' });

    expect(answer.status).toBe(502);
    expect(bodyOf(answer).detail).toBe(
      'The SMS provider refused the credentials this server is configured with. The server needs fixing. Nothing was sent.',
    );
    expect(JSON.stringify(answer)).not.toContain('MEMORY_API_KEY');
  });

  it('says a message may have gone out when the outcome is unknown', async () => {
    provider.failWith(new SmsError('memory timed out after 10000 ms.', { code: 'TIMEOUT', provider: 'memory' }));

    const answer = await send({ to: '09121234567', text: 'x' });

    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({
      outcome: 'unknown',
      detail:
        'The SMS provider did not answer in time. The message may have gone out: check its status before sending it again.',
    });
  });

  it('shows server-side messages only with exposeErrorMessages', async () => {
    provider.failWith(
      new SmsError('memory answered HTTP 500: queue full.', { code: 'PROVIDER_ERROR', provider: 'memory' }),
    );

    const hidden = await send({ to: '09121234567', text: 'x' });
    const shown = await send({ to: '09121234567', text: 'x' }, { exposeErrorMessages: true });

    expect(bodyOf(hidden).detail).toBe(
      'The SMS provider answered with an error. The message may have gone out: check its status before sending it again.',
    );
    expect(shown.status).toBe(502);
    expect(bodyOf(shown).detail).toBe('memory answered HTTP 500: queue full.');
  });

  it('uses the problem type resolver it is given', async () => {
    provider.failWith(new SmsError('no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'memory' }));

    const answer = await send(
      { to: '09121234567', text: 'x' },
      { problemType: (code) => `https://example.com/problems/${code}` },
    );

    expect(answer.status).toBe(402);
    expect(bodyOf(answer).type).toBe('https://example.com/problems/INSUFFICIENT_CREDIT');
  });

  it("never copies the provider's answer, the cause or the request body into the problem", async () => {
    const key = 'sk-live-4f9d0c2e7b1a8e3f';
    provider.failWith(
      new SmsError('memory answered HTTP 500.', {
        code: 'PROVIDER_ERROR',
        provider: 'memory',
        statusCode: 500,
        providerCode: 99,
        responseBody: { apiKey: key, error: `key ${key} is over quota` },
        cause: new Error(`socket to https://api.example.com/?key=${key} closed`),
      }),
    );

    for (const options of [{}, { exposeErrorMessages: true, includeRaw: true }]) {
      const answer = await send({ to: '09121234567', text: 'x', reference: 'secret-ref-5555' }, options);

      expect(answer.status).toBe(502);
      for (const secret of [key, 'secret-ref-5555']) expect(JSON.stringify(answer)).not.toContain(secret);
      expect(Object.keys(bodyOf(answer)).sort()).toEqual([
        'code',
        'detail',
        'outcome',
        'provider',
        'retryable',
        'status',
        'title',
        'type',
      ]);
    }
  });

  it('lists each recipient of a send that went out in part', async () => {
    const partial: SendResult = {
      provider: 'memory',
      messages: [
        { to: '+989121234567', id: 'a', status: 'sent' },
        {
          to: '+989351234567',
          status: 'unknown',
          error: new SmsError('The second request timed out.', { code: 'TIMEOUT', provider: 'memory' }),
        },
      ],
      raw: [{ token: 'raw-secret-value' }],
    };
    provider.failWith(
      new SmsError('Part of the send failed.', {
        code: 'TIMEOUT',
        provider: 'memory',
        outcome: 'unknown',
        result: partial,
      }),
    );

    const answer = await send({ to: ['09121234567', '09351234567'], text: 'x' });

    expect(answer.status).toBe(504);
    expect(bodyOf(answer).result).toEqual({
      provider: 'memory',
      messages: [
        { to: '+989121234567', id: 'a', status: 'sent' },
        {
          to: '+989351234567',
          status: 'unknown',
          error: expect.objectContaining({ code: 'TIMEOUT', status: 504, outcome: 'unknown' }),
        },
      ],
    });
    expect(JSON.stringify(answer)).not.toContain('raw-secret-value');
  });

  it('lists the attempts of a multi-provider failure', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(new SmsError('first refused the key.', { code: 'AUTHENTICATION', provider: 'first' }));
    second.failWith(new SmsError('second has no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'second' }));
    const routed = createSmsClient({ providers: [first, second] });

    const answer = await send({ to: '09121234567', text: 'x' }, {}, routed);

    expect(answer.status).toBe(402);
    expect(bodyOf(answer).attempts).toEqual([
      { provider: 'first', code: 'AUTHENTICATION', outcome: 'not-sent', retryable: false },
      { provider: 'second', code: 'INSUFFICIENT_CREDIT', outcome: 'not-sent', retryable: false },
    ]);
    expect(JSON.stringify(answer)).not.toContain('first refused the key');
  });

  it('rejects with an error that is not an SmsError, for the adapter to hand to its framework', async () => {
    const failure = new TypeError('boom');
    const stub = {
      send: async () => {
        throw failure;
      },
      sendTemplate: async () => {
        throw failure;
      },
    } as unknown as SmsClient;

    await expect(send({ to: '09121234567', text: 'x' }, {}, stub)).rejects.toBe(failure);
  });
});
