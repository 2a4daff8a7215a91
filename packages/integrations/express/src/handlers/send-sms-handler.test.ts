import { createSmsClient, SmsError, type SmsClient } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/testing';
import express, { type ErrorRequestHandler } from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smsErrorHandler } from '../errors/sms-error-handler';
import { sendSmsHandler, type SendSmsHandlerOptions } from './send-sms-handler';

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
    const response = await request(appWith())
      .post('/sms')
      .send({ to: ['09121234567', '+989351234567'], text: 'Hello', from: '10008566', reference: 'order-7' });

    expect(response.status).toBe(202);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      provider: 'memory',
      messages: [
        { to: '+989121234567', id: 'memory-1', status: 'sent', segments: 1 },
        { to: '+989351234567', id: 'memory-2', status: 'sent', segments: 1 },
      ],
    });
    expect(provider.calls).toEqual([
      {
        method: 'send',
        input: { to: ['09121234567', '+989351234567'], text: 'Hello', from: '10008566', reference: 'order-7' },
      },
    ]);
  });

  it('passes its options on to the send (includeRaw, timeoutMs, problemType)', async () => {
    let seen: unknown;
    const stub = {
      send: async (_message: unknown, options: unknown) => {
        seen = options;
        return { provider: 'x', messages: [], raw: { answer: 'raw' } };
      },
      sendTemplate: async () => ({ provider: 'x', messages: [], raw: null }),
    } as unknown as SmsClient;
    const options = {
      includeRaw: true,
      timeoutMs: 1500,
      problemType: (code: string) => `https://example.com/problems/${code}`,
    };

    const sent = await request(appWith(options, stub)).post('/sms').send({ to: '09121234567', text: 'Hi' });
    const refused = await request(appWith(options, stub)).post('/sms').send({ to: '09121234567' });

    expect(sent.body).toEqual({ provider: 'x', messages: [], raw: { answer: 'raw' } });
    expect(seen).toEqual({ timeoutMs: 1500 });
    expect(refused.body.type).toBe('https://example.com/problems/INVALID_INPUT');
  });
});

describe('sendSmsHandler: validation', () => {
  it("answers an invalid body 400 with every problem (the rules are @sms/core/server's, tested there)", async () => {
    const response = await request(appWith())
      .post('/sms')
      .send({ to: 9121234567, text: 'x', sendAt: '2099-01-01T09:00:00', priority: 'high' });

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatchObject({
      type: 'urn:sms:error:invalid-input',
      title: 'Invalid input',
      status: 400,
      code: 'INVALID_INPUT',
    });
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '#/priority',
      '#/to',
      '#/sendAt',
    ]);
    expect(provider.calls).toHaveLength(0);
  });

  it('answers 400 for a body without content', async () => {
    const response = await request(appWith()).post('/sms').set('Content-Type', 'application/json');

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer: '#', detail: expect.stringMatching(/no body/) }]);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await request(appWith()).post('/sms').set('Content-Type', 'text/plain').send('to=0912&text=hi');

    expect(response.status).toBe(415);
    expect(response.headers['accept-post']).toBe('application/json');
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
  });

  it('refuses impossible settings at startup, naming itself', () => {
    expect(() => sendSmsHandler(client, { maxRecipients: 0 })).toThrow(/^sendSmsHandler: `maxRecipients`/);
    expect(() => sendSmsHandler(client, { allowText: false, allowTemplates: false })).toThrow(
      /nothing could ever be sent/,
    );
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
    expect(response.body).toEqual({
      type: `urn:sms:error:${code.toLowerCase().replaceAll('_', '-')}`,
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code,
    });
    // Express's own error page is HTML with the stack trace outside production.
    expect(response.text).not.toMatch(/<html|<pre>|\n\s+at /i);
  }

  describe.each(mountings)('$name', ({ app }) => {
    it('answers 400 problem+json to malformed JSON, without quoting it', async () => {
      const response = await request(app())
        .post('/sms')
        .set('Content-Type', 'application/json')
        .send('{"to": "0912", "text": <b>');

      expectProblem(response, 400, 'INVALID_INPUT');
      expect(response.body.title).toBe('Unparseable body');
      expect(response.text).not.toContain('<b>');
      expect(provider.calls).toHaveLength(0);
    });

    it('answers 413 problem+json to a body over 100kb', async () => {
      const response = await request(app())
        .post('/sms')
        .send({ ...body, text: 'x'.repeat(101 * 1024) });

      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(provider.calls).toHaveLength(0);
    });

    it('answers 415 problem+json to a charset other than UTF-8 and to an unknown Content-Encoding', async () => {
      const latin1 = await request(app())
        .post('/sms')
        .set('Content-Type', 'application/json; charset=latin1')
        .send(JSON.stringify(body));
      const encoded = await request(app())
        .post('/sms')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'x-unknown')
        .send(JSON.stringify(body));

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

    const large = await request(app)
      .post('/sms')
      .send({ ...body, text: 'x'.repeat(600) });
    const small = await request(app).post('/sms').send(body);

    expectProblem(large, 413, 'PAYLOAD_TOO_LARGE');
    expect(small.status).toBe(202);
    // Express's body parsers read a limit they cannot parse as no limit at all.
    for (const limit of ['100 kilobytes', '', 0, -1, 1.5])
      expect(() => sendSmsHandler(client, { limit })).toThrow(/`limit` must be/);
  });

  it('answers 500 BODY_PARSER_MISSING when another parser read the JSON body as text', async () => {
    const app = express();
    app.use(express.text({ type: '*/*' }));
    app.post('/sms', sendSmsHandler(client));

    const response = await request(app).post('/sms').send(body);

    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({
      status: 500,
      code: 'BODY_PARSER_MISSING',
      detail: expect.stringContaining('read by another body parser'),
    });
    expect(provider.calls).toHaveLength(0);
  });

  it('still reads an empty JSON object parsed by express.json() as a (bad) request', async () => {
    const response = await request(appWith()).post('/sms').send({});

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_INPUT');
  });
});

describe('sendSmsHandler: one recipient listed twice', () => {
  it('sends once to each number, with the defaultCountry it is given', async () => {
    const response = await request(appWith({ defaultCountry: 'IR' }))
      .post('/sms')
      .send({ to: ['09121234567', '+98 912 123 4567', '09351234567'], text: 'Hello' });

    expect(response.status).toBe(202);
    expect(provider.calls).toEqual([{ method: 'send', input: { to: ['09121234567', '09351234567'], text: 'Hello' } }]);
    expect(() => sendSmsHandler(client, { defaultCountry: 'ir' as never })).toThrow(/defaultCountry/);
  });
});

describe('sendSmsHandler: SmsError answers', () => {
  it('answers an SmsError as application/problem+json with its status (the table is tested in @sms/core/server)', async () => {
    provider.failWith(new SmsError('memory has no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'memory' }));

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(402);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      type: 'urn:sms:error:insufficient-credit',
      title: 'Insufficient credit',
      status: 402,
      detail: 'The SMS account has not enough credit for this message. Nothing was sent.',
      code: 'INSUFFICIENT_CREDIT',
      provider: 'memory',
      outcome: 'not-sent',
      retryable: false,
    });
  });

  it('sets Retry-After on 429 from the error, in whole seconds', async () => {
    provider.failWith(
      new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 1500 }),
    );

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.body).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfter: 2,
      detail: 'memory is rate limiting.',
    });
  });

  it('sends no Retry-After when the provider gave none', async () => {
    provider.failWith(new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory' }));

    const response = await request(appWith()).post('/sms').send({ to: '09121234567', text: 'x' });

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBeUndefined();
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
      expect(Object.keys(response.body).sort()).toEqual([
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
