import { createSmsClient, SmsError, type SendResult, type SmsClient, type SmsErrorCode } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/testing';
import express, { type ErrorRequestHandler } from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smsErrorHandler } from '../errors/sms-error-handler';
import { sendSmsHandler, type SendSmsHandlerOptions } from './send-sms-handler';

const FUTURE = '2099-06-01T09:30:00.000Z';

let provider: MemoryProvider;
let client: SmsClient;

function appWith(options?: SendSmsHandlerOptions, target: SmsClient = client) {
  const app = express();
  app.post('/sms', express.json(), sendSmsHandler(target, options));
  return app;
}

beforeEach(() => {
  provider = createMemoryProvider();
  client = createSmsClient({ providers: provider });
});

afterEach(async () => {
  await client.close();
});

describe('sendSmsHandler: sending', () => {
  it('sends a text and answers 202 with the result', async () => {
    const response = await request(appWith()).post('/sms').send({ to: ['09121234567', '+989351234567'], text: 'Hello', from: '10008566', reference: 'order-7' });

    expect(response.status).toBe(202);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      provider: 'memory',
      messages: [
        { to: '+989121234567', id: 'memory-1', status: 'sent', segments: 1 },
        { to: '+989351234567', id: 'memory-2', status: 'sent', segments: 1 },
      ],
    });
    expect(provider.calls).toEqual([{ method: 'send', input: { to: ['09121234567', '+989351234567'], text: 'Hello', from: '10008566', reference: 'order-7' } }]);
  });

  it('schedules with an ISO sendAt and answers the time as ISO', async () => {
    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'Later', sendAt: '2099-06-01T13:00:00+03:30' });

    expect(response.status).toBe(202);
    expect(response.body).toEqual({ provider: 'memory', sendAt: FUTURE, messages: [{ to: '+989121234567', id: 'memory-1', status: 'scheduled', segments: 1 }] });
    expect(provider.messages[0]?.sendAt).toEqual(new Date(FUTURE));
  });

  it('sends a template body through sendTemplate', async () => {
    const response = await request(appWith()).post('/sms').send({ to: '09121234567', template: 'otp', params: { code: '4821' } });

    expect(response.status).toBe(202);
    expect(response.body.messages).toEqual([{ to: '+989121234567', id: 'memory-1', status: 'sent', segments: 1 }]);
    expect(provider.calls).toEqual([{ method: 'sendTemplate', input: { to: '09121234567', template: 'otp', params: { code: '4821' } } }]);
    expect(provider.messages[0]).toMatchObject({ template: { id: 'otp', params: { code: '4821' } } });
  });

  it('passes positional template parameters and voice', async () => {
    const response = await request(appWith()).post('/sms').send({ to: '09121234567', template: 'otp', params: ['4821'], voice: true });

    expect(response.status).toBe(202);
    expect(provider.calls[0]?.input).toEqual({ to: '09121234567', template: 'otp', params: ['4821'], voice: true });
  });

  it('routes to the provider named in the body', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    const routed = createSmsClient({ providers: [first, second] });

    const response = await request(appWith({}, routed)).post('/sms').send({ to: '09121234567', text: 'Hi', provider: 'second' });

    expect(response.status).toBe(202);
    expect(response.body.provider).toBe('second');
    expect(first.messages).toHaveLength(0);
    expect(second.messages).toHaveLength(1);
  });

  it('answers 400 for a provider the client does not have', async () => {
    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'Hi', provider: 'nope' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
    expect(response.body.detail).toMatch(/No provider "nope"/);
  });

  it('includes raw only when asked', async () => {
    const without = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'Hi' });
    const withRaw = await request(appWith({ includeRaw: true })).post('/sms').send({ to: '09121234567', text: 'Hi' });

    expect(without.body).not.toHaveProperty('raw');
    expect(withRaw.body.raw).toEqual({ messages: ['memory-2'] });
  });

  it('serialises entries that failed as problem documents', async () => {
    const result: SendResult = {
      provider: 'memory',
      batchId: 'b-1',
      cost: 2,
      currency: 'EUR',
      messages: [
        { to: '+989121234567', id: '1', status: 'sent', providerStatus: 0, cost: 2, batchId: 'b-1', reference: 'order-1' },
        { to: '+989351234567', status: 'failed', error: new SmsError('+989351234567 is blacklisted at the provider.', { code: 'INVALID_RECIPIENT', provider: 'memory' }) },
      ],
      raw: { apiKey: 'sk-should-not-appear' },
    };
    const stub = { send: async () => result, sendTemplate: async () => result } as unknown as SmsClient;

    const response = await request(appWith({}, stub)).post('/sms').send({ to: ['09121234567', '09351234567'], text: 'Hi' });

    expect(response.status).toBe(202);
    expect(response.body).toEqual({
      provider: 'memory',
      batchId: 'b-1',
      cost: 2,
      currency: 'EUR',
      messages: [
        { to: '+989121234567', id: '1', status: 'sent', providerStatus: 0, cost: 2, batchId: 'b-1', reference: 'order-1' },
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
    expect(response.text).not.toContain('sk-should-not-appear');
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

    await request(appWith({ timeoutMs: 1500 }, stub)).post('/sms').send({ to: '09121234567', text: 'Hi' }).expect(202);

    expect(seen).toEqual({ timeoutMs: 1500 });
  });
});

describe('sendSmsHandler: validation', () => {
  const cases: { name: string; body: unknown; pointers: string[] }[] = [
    { name: 'a list instead of an object', body: [{ to: '09121234567', text: 'x' }], pointers: ['#'] },
    { name: 'neither text nor template', body: { to: '09121234567' }, pointers: ['#'] },
    { name: 'both text and template', body: { to: '09121234567', text: 'x', template: 'otp', params: {} }, pointers: ['#', '#/template', '#/params'] },
    { name: 'a missing recipient', body: { text: 'x' }, pointers: ['#/to'] },
    { name: 'a numeric recipient', body: { to: 9121234567, text: 'x' }, pointers: ['#/to'] },
    { name: 'an empty recipient list', body: { to: [], text: 'x' }, pointers: ['#/to'] },
    { name: 'an entry of the wrong type in the list', body: { to: ['09121234567', 42, ' '], text: 'x' }, pointers: ['#/to/1'] },
    { name: 'an empty text', body: { to: '09121234567', text: '   ' }, pointers: ['#/text'] },
    { name: 'a numeric text', body: { to: '09121234567', text: 5 }, pointers: ['#/text'] },
    { name: 'an unknown member', body: { to: '09121234567', text: 'x', priority: 'high' }, pointers: ['#/priority'] },
    { name: 'providerOptions from the caller', body: { to: '09121234567', text: 'x', providerOptions: {} }, pointers: ['#/providerOptions'] },
    { name: 'voice on a text', body: { to: '09121234567', text: 'x', voice: true }, pointers: ['#/voice'] },
    { name: 'an empty sender', body: { to: '09121234567', text: 'x', from: '' }, pointers: ['#/from'] },
    { name: 'a numeric reference', body: { to: '09121234567', text: 'x', reference: 7 }, pointers: ['#/reference'] },
    { name: 'sendAt as a number', body: { to: '09121234567', text: 'x', sendAt: 4102444800000 }, pointers: ['#/sendAt'] },
    { name: 'sendAt without a zone', body: { to: '09121234567', text: 'x', sendAt: '2099-01-01T09:00:00' }, pointers: ['#/sendAt'] },
    { name: 'sendAt as a bare date', body: { to: '09121234567', text: 'x', sendAt: '2099-01-01' }, pointers: ['#/sendAt'] },
    { name: 'sendAt on a day that does not exist', body: { to: '09121234567', text: 'x', sendAt: '2099-02-30T09:00:00Z' }, pointers: ['#/sendAt'] },
    { name: 'sendAt in prose', body: { to: '09121234567', text: 'x', sendAt: 'tomorrow' }, pointers: ['#/sendAt'] },
    { name: 'a template without params', body: { to: '09121234567', template: 'otp' }, pointers: ['#/params'] },
    { name: 'a numeric template parameter', body: { to: '09121234567', template: 'otp', params: { code: 4821 } }, pointers: ['#/params/code'] },
    { name: 'a numeric positional parameter', body: { to: '09121234567', template: 'otp', params: ['a', 1] }, pointers: ['#/params/1'] },
    { name: 'params as a string', body: { to: '09121234567', template: 'otp', params: 'code=1' }, pointers: ['#/params'] },
    { name: 'voice as a string', body: { to: '09121234567', template: 'otp', params: {}, voice: 'yes' }, pointers: ['#/voice'] },
    { name: 'an empty template', body: { to: '09121234567', template: '', params: {} }, pointers: ['#/template'] },
  ];

  it.each(cases)('answers 400 for $name', async ({ body, pointers }) => {
    const response = await request(appWith()).post('/sms').send(body as object);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toMatchObject({ type: 'urn:sms:error:invalid-input', title: 'Invalid input', status: 400, code: 'INVALID_INPUT' });
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(pointers);
    for (const error of response.body.errors) expect(error.detail).toEqual(expect.any(String));
    expect(provider.calls).toHaveLength(0);
  });

  it('answers 400 for a body without content', async () => {
    const response = await request(appWith()).post('/sms').set('Content-Type', 'application/json');

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer: '#', detail: expect.stringMatching(/no body/) }]);
  });

  it('answers 400 for more recipients than allowed', async () => {
    const response = await request(appWith({ maxRecipients: 2 })).post('/sms').send({ to: ['09121234567', '09121234568', '09121234569'], text: 'x' });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer: '#/to', detail: '`to` lists 3 numbers; at most 2 are accepted per request.' }]);
  });

  it('refuses what the endpoint was configured not to accept', async () => {
    const templatesOnly = appWith({ allowText: false, allowProvider: false });

    const text = await request(templatesOnly).post('/sms').send({ to: '09121234567', text: 'x' });
    const named = await request(templatesOnly).post('/sms').send({ to: '09121234567', template: 'otp', params: {}, provider: 'memory' });
    const noTemplates = await request(appWith({ allowTemplates: false })).post('/sms').send({ to: '09121234567', template: 'otp', params: {} });

    expect(text.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['#/text']);
    expect(named.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['#/provider']);
    expect(noTemplates.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['#/template']);
    expect(provider.calls).toHaveLength(0);
  });

  it('answers 400 with the core message for a number that is not a phone number', async () => {
    const response = await request(appWith()).post('/sms').send({ to: '12', text: 'x' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_RECIPIENT', outcome: 'not-sent', retryable: false });
  });

  it.each([[' '], [''], ['not-a-number'], [['09121234567', '']], [['09121234567', 'x'.repeat(300)]]])(
    'answers 400 INVALID_RECIPIENT for %j, with the code the client and every provider use for a bad number',
    async (to) => {
      const response = await request(appWith()).post('/sms').send({ to, text: 'x' });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: 'urn:sms:error:invalid-recipient', code: 'INVALID_RECIPIENT', outcome: 'not-sent' });
      expect(provider.calls).toHaveLength(0);
    },
  );

  it('answers 400 for a sendAt in the past (checked by core)', async () => {
    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x', sendAt: '2001-01-01T00:00:00Z' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_INPUT' });
    expect(response.body.detail).toMatch(/in the past/);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await request(appWith()).post('/sms').set('Content-Type', 'text/plain').send('to=0912&text=hi');

    expect(response.status).toBe(415);
    expect(response.headers['accept-post']).toBe('application/json');
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
  });

  it('refuses impossible settings at startup', () => {
    expect(() => sendSmsHandler(client, { maxRecipients: 0 })).toThrow(/maxRecipients/);
    expect(() => sendSmsHandler(client, { allowText: false, allowTemplates: false })).toThrow(/nothing could ever be sent/);
    expect(() => sendSmsHandler(undefined as unknown as SmsClient)).toThrow(SmsError);
  });
});

describe('sendSmsHandler: reading the body', () => {
  const body = { to: '09121234567', text: 'x' };
  // The three ways to mount the route: it reads the body itself, a parser is mounted before it in the route,
  // or an app-level parser runs before every route (its errors never reach a route: smsErrorHandler answers them).
  const mountings: { name: string; app: () => express.Express }[] = [
    {
      name: 'without a parser of its own',
      app: () => express().post('/sms', sendSmsHandler(client)),
    },
    {
      name: 'behind express.json() in the route',
      app: () => express().post('/sms', express.json(), sendSmsHandler(client)),
    },
    {
      name: 'behind an app-level express.json(), with smsErrorHandler()',
      app: () => {
        const app = express();
        app.use(express.json());
        app.post('/sms', sendSmsHandler(client));
        app.use(smsErrorHandler());
        return app;
      },
    },
  ];

  function expectProblem(response: request.Response, status: number, code: string): void {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toEqual({ type: `urn:sms:error:${code.toLowerCase().replaceAll('_', '-')}`, title: expect.any(String), status, detail: expect.any(String), code });
    // Express's own error page is HTML with the stack trace outside production.
    expect(response.text).not.toMatch(/<html|<pre>|\n\s+at /i);
  }

  describe.each(mountings)('$name', ({ app }) => {
    it('answers 400 problem+json to malformed JSON, without quoting it', async () => {
      const response = await request(app()).post('/sms').set('Content-Type', 'application/json').send('{"to": "0912", "text": <b>');

      expectProblem(response, 400, 'INVALID_INPUT');
      expect(response.body.title).toBe('Unparseable body');
      expect(response.text).not.toContain('<b>');
      expect(provider.calls).toHaveLength(0);
    });

    it('answers 413 problem+json to a body over 100kb', async () => {
      const response = await request(app()).post('/sms').send({ ...body, text: 'x'.repeat(101 * 1024) });

      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(provider.calls).toHaveLength(0);
    });

    it('answers 415 problem+json to a charset other than UTF-8 and to an unknown Content-Encoding', async () => {
      const latin1 = await request(app()).post('/sms').set('Content-Type', 'application/json; charset=latin1').send(JSON.stringify(body));
      const encoded = await request(app()).post('/sms').set('Content-Type', 'application/json').set('Content-Encoding', 'x-unknown').send(JSON.stringify(body));

      expectProblem(latin1, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(latin1.body.title).toBe('Unsupported charset');
      expectProblem(encoded, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(provider.calls).toHaveLength(0);
    });

    it('reads application/*+json bodies as JSON', async () => {
      for (const type of ['application/merge-patch+json', 'application/vnd.api+json; charset=utf-8']) {
        const response = await request(app()).post('/sms').set('Content-Type', type).send(JSON.stringify(body));
        expect(response.status).toBe(202);
      }
      expect(provider.calls.map((call) => call.input)).toEqual([body, body]);
    });

    it('answers 415 problem+json to a body that is not JSON', async () => {
      const response = await request(app()).post('/sms').set('Content-Type', 'application/xml').send('<sms/>');

      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(response.headers['accept-post']).toBe('application/json');
    });
  });

  it('reads up to `limit`, and refuses a limit it could not apply', async () => {
    const app = express().post('/sms', sendSmsHandler(client, { limit: 512 }));

    const large = await request(app).post('/sms').send({ ...body, text: 'x'.repeat(600) });
    const small = await request(app).post('/sms').send(body);

    expectProblem(large, 413, 'PAYLOAD_TOO_LARGE');
    expect(small.status).toBe(202);
    // Express's body parsers read a limit they cannot parse as no limit at all.
    for (const limit of ['100 kilobytes', '', 0, -1, 1.5]) expect(() => sendSmsHandler(client, { limit })).toThrow(/`limit` must be/);
  });

  it('answers 500 BODY_PARSER_MISSING when another parser read the JSON body as text', async () => {
    const app = express();
    app.use(express.text({ type: '*/*' }));
    app.post('/sms', sendSmsHandler(client));

    const response = await request(app).post('/sms').send(body);

    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ status: 500, code: 'BODY_PARSER_MISSING', detail: expect.stringContaining('read by another body parser') });
    expect(provider.calls).toHaveLength(0);
  });

  it('still reads an empty JSON object parsed by express.json() as a (bad) request', async () => {
    const response = await request(appWith()).post('/sms').send({});

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_INPUT');
  });
});

describe('sendSmsHandler: one recipient listed twice', () => {
  it('sends once to each number, compared in E.164, in first-seen order', async () => {
    const response = await request(appWith({ defaultCountry: 'IR' }))
      .post('/sms')
      .send({ to: ['09121234567', '+989351234567', '+98 912 123 4567', '00989121234567', '0935 123 4567', '09121234567'], text: 'Hello' });

    expect(response.status).toBe(202);
    expect(response.body.messages.map((message: { to: string }) => message.to)).toEqual(['+989121234567', '+989351234567']);
    expect(provider.calls).toEqual([{ method: 'send', input: { to: ['09121234567', '+989351234567'], text: 'Hello' } }]);
  });

  it('compares national numbers as written without defaultCountry, and international ones in E.164', async () => {
    const response = await request(appWith())
      .post('/sms')
      .send({ to: ['+989121234567', '+98 912 123 4567', '09121234567', '09121234567'], template: 'otp', params: { code: '1' } });

    expect(response.status).toBe(202);
    expect(provider.calls[0]?.input).toMatchObject({ to: ['+989121234567', '09121234567'] });
    expect(() => sendSmsHandler(client, { defaultCountry: 'ir' as never })).toThrow(/defaultCountry/);
  });
});

describe('sendSmsHandler: SmsError answers', () => {
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

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
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
    provider.failWith(new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 1500 }));

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.body).toMatchObject({ code: 'RATE_LIMITED', retryable: true, retryAfter: 2, detail: 'memory is rate limiting.' });
  });

  it('sends no Retry-After when the provider gave none', async () => {
    provider.failWith(new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory' }));

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBeUndefined();
  });

  it('answers a provider refusing the server credentials with 502 and a fixed sentence', async () => {
    provider.failWith(new SmsError('memory refused the API key; set MEMORY_API_KEY.', { code: 'AUTHENTICATION', provider: 'memory', statusCode: 401 }));

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(502);
    expect(response.body.detail).toBe('The SMS provider refused the credentials this server is configured with. The server needs fixing. Nothing was sent.');
    expect(response.text).not.toContain('MEMORY_API_KEY');
  });

  it('says a message may have gone out when the outcome is unknown', async () => {
    provider.failWith(new SmsError('memory timed out after 10000 ms.', { code: 'TIMEOUT', provider: 'memory' }));

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(504);
    expect(response.body).toMatchObject({
      outcome: 'unknown',
      detail: 'The SMS provider did not answer in time. The message may have gone out: check its status before sending it again.',
    });
  });

  it('shows server-side messages only with exposeErrorMessages', async () => {
    provider.failWith(new SmsError('memory answered HTTP 500: queue full.', { code: 'PROVIDER_ERROR', provider: 'memory' }));

    const response = await request(appWith({ exposeErrorMessages: true })).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(502);
    expect(response.body.detail).toBe('memory answered HTTP 500: queue full.');
  });

  it('uses the problem type resolver it is given', async () => {
    provider.failWith(new SmsError('no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'memory' }));

    const response = await request(appWith({ problemType: (code) => `https://example.com/problems/${code}` })).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(402);
    expect(response.body.type).toBe('https://example.com/problems/INSUFFICIENT_CREDIT');
  });

  it('never echoes credentials from the error, the request headers or the request body', async () => {
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
      const response = await request(appWith(options))
        .post('/sms')
        .set('Authorization', 'Bearer caller-token-1234567890')
        .set('X-Api-Key', 'caller-key-0987654321')
        .send({ to: '09121234567', text: 'x', reference: 'secret-ref-5555' });

      expect(response.status).toBe(502);
      for (const secret of [key, 'caller-token-1234567890', 'caller-key-0987654321', 'secret-ref-5555']) {
        expect(response.text).not.toContain(secret);
        expect(JSON.stringify(response.headers)).not.toContain(secret);
      }
      expect(Object.keys(response.body).sort()).toEqual(['code', 'detail', 'outcome', 'provider', 'retryable', 'status', 'title', 'type']);
    }
  });

  it('lists each recipient of a send that went out in part', async () => {
    const partial: SendResult = {
      provider: 'memory',
      messages: [
        { to: '+989121234567', id: 'a', status: 'sent' },
        { to: '+989351234567', status: 'unknown', error: new SmsError('The second request timed out.', { code: 'TIMEOUT', provider: 'memory' }) },
      ],
      raw: [{ token: 'raw-secret-value' }],
    };
    provider.failWith(new SmsError('Part of the send failed.', { code: 'TIMEOUT', provider: 'memory', outcome: 'unknown', result: partial }));

    const response = await request(appWith()).post('/sms').send({ to: ['09121234567', '09351234567'], text: 'x' });

    expect(response.status).toBe(504);
    expect(response.body.result).toEqual({
      provider: 'memory',
      messages: [
        { to: '+989121234567', id: 'a', status: 'sent' },
        { to: '+989351234567', status: 'unknown', error: expect.objectContaining({ code: 'TIMEOUT', status: 504, outcome: 'unknown' }) },
      ],
    });
    expect(response.text).not.toContain('raw-secret-value');
  });

  it('lists the attempts of a multi-provider failure', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(new SmsError('first refused the key.', { code: 'AUTHENTICATION', provider: 'first' }));
    second.failWith(new SmsError('second has no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'second' }));
    const routed = createSmsClient({ providers: [first, second] });

    const response = await request(appWith({}, routed)).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(402);
    expect(response.body.attempts).toEqual([
      { provider: 'first', code: 'AUTHENTICATION', outcome: 'not-sent', retryable: false },
      { provider: 'second', code: 'INSUFFICIENT_CREDIT', outcome: 'not-sent', retryable: false },
    ]);
    expect(response.text).not.toContain('first refused the key');
  });

  it('hands errors that are not SmsError to the app error handler', async () => {
    const stub = {
      send: async () => {
        throw new TypeError('boom');
      },
      sendTemplate: async () => {
        throw new TypeError('boom');
      },
    } as unknown as SmsClient;
    let seen: unknown;
    const handler: ErrorRequestHandler = (error, _incoming, outgoing, _next) => {
      seen = error;
      outgoing.status(500).json({ handled: true });
    };
    const app = express();
    app.post('/sms', express.json(), sendSmsHandler(stub));
    app.use(handler);

    const response = await request(app).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(500);
    expect(response.body).toEqual({ handled: true });
    expect(seen).toBeInstanceOf(TypeError);
  });
});
