import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { createHttpClient, type HttpClient } from './create-http-client';
import { errorFromStatus } from './error-from-status';
import { readJsonObject } from './read-json-object';

const API_KEY = 'sk-live-0123456789abcdef';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface TestServer {
  url: string;
  openSockets: () => number;
  close: () => Promise<void>;
}

async function startServer(handler: Handler): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    openSockets: () => sockets.size,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function expectNoKey(error: SmsError): void {
  for (const rendering of [
    error.message,
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    error.stack ?? '',
  ]) {
    expect(rendering).not.toContain(API_KEY);
  }
}

async function failure(promise: Promise<unknown>): Promise<SmsError> {
  try {
    await promise;
  } catch (error) {
    expect(SmsError.isInstance(error)).toBe(true);
    expectNoKey(error as SmsError);
    return error as SmsError;
  }
  throw new Error('expected a failure');
}

function clientFor(url: string, overrides: Partial<Parameters<typeof createHttpClient>[0]> = {}): HttpClient {
  return createHttpClient({
    provider: 'test',
    baseUrl: `${url}/api`,
    headers: () => ({ 'x-api-key': API_KEY }),
    secrets: () => [API_KEY],
    headersTimeoutMs: 300,
    bodyTimeoutMs: 300,
    ...overrides,
  });
}

const send = (http: HttpClient, extra: Partial<Parameters<HttpClient['request']>[0]> = {}) =>
  http.request({
    method: 'POST',
    path: 'messages/send',
    query: { apiKey: API_KEY },
    json: { to: '+989121234567', text: 'hi' },
    ...extra,
  });

describe('createHttpClient against a real local server', () => {
  let server: TestServer | undefined;
  let http: HttpClient | undefined;

  beforeEach(() => {
    server = undefined;
    http = undefined;
  });

  afterEach(async () => {
    await http?.close();
    if (server !== undefined) {
      // No socket may be left open once the provider is closed.
      await waitFor(() => server!.openSockets() === 0);
      await server.close();
    }
  });

  it('sends the method, path, query, headers and JSON body, and reads the answer', async () => {
    let seen: { method?: string; url?: string; headers?: IncomingMessage['headers']; body?: string } = {};
    server = await startServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen = { method: request.method, url: request.url, headers: request.headers, body };
        response.setHeader('content-type', 'application/json');
        response.end('{"ok":true,"id":2578793735}');
      });
    });
    http = clientFor(server.url);
    const response = await send(http);
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe(`/api/messages/send?apiKey=${API_KEY}`);
    expect(seen.headers?.['x-api-key']).toBe(API_KEY);
    expect(seen.headers?.['content-type']).toBe('application/json');
    expect(JSON.parse(seen.body ?? '')).toEqual({ to: '+989121234567', text: 'hi' });
    expect(response.statusCode).toBe(200);
    expect(readJsonObject(http, response)).toEqual({ ok: true, id: 2578793735 });
  });

  it('encodes form bodies', async () => {
    let body = '';
    server = await startServer((request, response) => {
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => response.end('{}'));
    });
    http = clientFor(server.url);
    await http.request({
      method: 'POST',
      path: 'x',
      form: { receptor: '09121234567,09351234567', message: 'سلام, دنیا', skip: undefined },
    });
    expect(new URLSearchParams(body).get('receptor')).toBe('09121234567,09351234567');
    expect(new URLSearchParams(body).get('message')).toBe('سلام, دنیا');
    expect(new URLSearchParams(body).has('skip')).toBe(false);
  });

  it('maps a refused connection to NETWORK, not-sent', async () => {
    const closed = await startServer(() => undefined);
    const url = closed.url;
    await closed.close();
    http = clientFor(url);
    const error = await failure(send(http));
    expect(error.code).toBe('NETWORK');
    expect(error.outcome).toBe('not-sent');
    expect(error.retryable).toBe(true);
  });

  it('maps a headers timeout to TIMEOUT, unknown', async () => {
    server = await startServer(() => undefined);
    http = clientFor(server.url);
    const error = await failure(send(http));
    expect(error.code).toBe('TIMEOUT');
    expect(error.outcome).toBe('unknown');
  });

  it('maps a body timeout to TIMEOUT, unknown', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
    });
    http = clientFor(server.url);
    const error = await failure(send(http));
    expect(error.code).toBe('TIMEOUT');
    expect(error.outcome).toBe('unknown');
  });

  it('maps a connection reset after the request was written to NETWORK, unknown', async () => {
    server = await startServer((request) => {
      request.on('data', () => undefined);
      request.on('end', () => request.socket.destroy());
    });
    http = clientFor(server.url);
    const error = await failure(send(http));
    expect(error.code).toBe('NETWORK');
    expect(error.outcome).toBe('unknown');
  });

  it('maps a 5xx to PROVIDER_ERROR, unknown, keeping the redacted body', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'boom', echo: API_KEY }));
    });
    http = clientFor(server.url);
    const response = await send(http);
    const error = errorFromStatus(http, response);
    expectNoKey(error);
    expect(error.code).toBe('PROVIDER_ERROR');
    expect(error.outcome).toBe('unknown');
    expect(error.statusCode).toBe(500);
    expect(error.responseBody).toEqual({ error: 'boom', echo: '[redacted]' });
  });

  it('maps a 429 to RATE_LIMITED, not-sent, with Retry-After', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(429, { 'retry-after': '3', 'content-type': 'application/json' });
      response.end('{"message":"slow down"}');
    });
    http = clientFor(server.url);
    const error = errorFromStatus(http, await send(http));
    expectNoKey(error);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.outcome).toBe('not-sent');
    expect(error.retryAfterMs).toBe(3000);
    expect(error.message).toMatch(/in 3 s/);
  });

  it('maps HTML instead of JSON: BAD_RESPONSE under 200, PROVIDER_ERROR under 502', async () => {
    let status = 200;
    server = await startServer((_request, response) => {
      response.writeHead(status, { 'content-type': 'text/html' });
      response.end('<html><body><h1>Bad gateway</h1></body></html>');
    });
    http = clientFor(server.url);
    const client = http;
    const ok = await send(client);
    expect(ok.json).toBeUndefined();
    const unreadable = await failure((async () => readJsonObject(client, ok))());
    expect(unreadable.code).toBe('BAD_RESPONSE');
    expect(unreadable.outcome).toBe('unknown');
    status = 502;
    const gateway = await failure((async () => readJsonObject(client, await send(client)))());
    expect(gateway.code).toBe('PROVIDER_ERROR');
    expect(gateway.outcome).toBe('unknown');
    expect(gateway.statusCode).toBe(502);
  });

  it('maps an abort by the caller: ABORTED, unknown once started, not-sent before', async () => {
    server = await startServer(() => undefined);
    http = clientFor(server.url, { headersTimeoutMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const during = await failure(send(http, { signal: controller.signal }));
    expect(during.code).toBe('ABORTED');
    expect(during.outcome).toBe('unknown');
    const before = await failure(send(http, { signal: AbortSignal.abort() }));
    expect(before.code).toBe('ABORTED');
    expect(before.outcome).toBe('not-sent');
  });

  it('maps an overall deadline to TIMEOUT, unknown', async () => {
    server = await startServer(() => undefined);
    http = clientFor(server.url, { headersTimeoutMs: 5000 });
    const error = await failure(send(http, { timeoutMs: 80 }));
    expect(error.code).toBe('TIMEOUT');
    expect(error.outcome).toBe('unknown');
  });

  it("takes a caller's CallOptions as a second argument, over the request's own signal and timeout", async () => {
    server = await startServer(() => undefined);
    http = clientFor(server.url, { headersTimeoutMs: 5000 });
    const aborted = await failure(
      http.request({ method: 'GET', path: 'x', timeoutMs: 5000 }, { signal: AbortSignal.abort() }),
    );
    expect(aborted).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    const late = await failure(http.request({ method: 'GET', path: 'x', timeoutMs: 5000 }, { timeoutMs: 80 }));
    expect(late).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
  });

  it('keeps at most `connections` sockets open, reuses them, and closes them on close()', async () => {
    server = await startServer((request, response) => {
      request.resume();
      request.on('end', () => setTimeout(() => response.end('{}'), 5));
    });
    const counting = server;
    let peak = 0;
    const client = clientFor(counting.url, { connections: 2 });
    http = client;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        await send(client);
        peak = Math.max(peak, counting.openSockets());
      }),
    );
    expect(peak).toBe(2);
    await client.close();
    await waitFor(() => counting.openSockets() === 0);
    const afterClose = await failure(send(client));
    expect(afterClose.outcome).toBe('not-sent');
  });

  it('stops reading an answer past maxResponseBytes and closes the connection: BAD_RESPONSE, unknown', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const limit = 50 * 1024 * 1024;
    let written = 0;
    let closedEarly: Promise<boolean> = Promise.resolve(false);
    server = await startServer((request, response) => {
      request.resume();
      // Chunked, with no content-length: only reading can tell the answer is too large.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"padding":"');
      closedEarly = new Promise((resolve) => {
        response.on('close', () => resolve(written < limit));
        const pump = (): void => {
          while (written < limit && !response.destroyed) {
            written += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end('"}');
        };
        pump();
      });
    });
    http = clientFor(server.url, { maxResponseBytes: 256 * 1024 });
    const error = await failure(send(http));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'test' });
    expect(error.message).toContain('262144 bytes');
    expect(error.message).toContain('maxResponseBytes');
    expect(await closedEarly).toBe(true);
  });

  it('settles a slow-drip answer at the provider deadline, and at a call deadline over it: TIMEOUT, unknown', async () => {
    const drips = new Set<NodeJS.Timeout>();
    server = await startServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => response.write(' '), 20);
      drips.add(drip);
      response.on('close', () => clearInterval(drip));
    });
    // The idle body timeout never fires: a byte arrives every 20 ms.
    http = clientFor(server.url, { bodyTimeoutMs: 5000, timeoutMs: 300 });
    const byProvider = await failure(send(http));
    expect(byProvider).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
    expect(byProvider.message).toContain('300 ms deadline (timeoutMs)');
    await http.close();
    http = clientFor(server.url, { bodyTimeoutMs: 5000, timeoutMs: 60_000 });
    const byCall = await failure(send(http, { timeoutMs: 250 }));
    expect(byCall).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
    expect(byCall.message).toContain('250 ms deadline');
    for (const drip of drips) clearInterval(drip);
  });

  it('gives every call a 60 s deadline by default', async () => {
    server = await startServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{');
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      http = clientFor(server.url, { headersTimeoutMs: 120_000, bodyTimeoutMs: 120_000 });
      expect(http.timeoutMs).toBe(60_000);
      const pending = failure(send(http));
      await vi.advanceTimersByTimeAsync(59_000);
      await vi.advanceTimersByTimeAsync(1_000);
      const error = await pending;
      expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
      expect(error.message).toContain('60000 ms deadline');
    } finally {
      vi.useRealTimers();
    }
  });

  it('redacts the secrets and credential fields out of a successful answer unless the request keeps them', async () => {
    const answer = { ok: true, echo: `key ${API_KEY}`, token: 'jwt-issued-here', nested: [{ api_key: 'other' }] };
    server = await startServer((request, response) => {
      request.resume();
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer));
    });
    http = clientFor(server.url);
    const redacted = await send(http);
    expect(redacted.json).toEqual({
      ok: true,
      echo: 'key [redacted]',
      token: '[redacted]',
      nested: [{ api_key: '[redacted]' }],
    });
    const kept = await send(http, { redactAnswer: false });
    expect(kept.json).toEqual(answer);
  });
});

describe('createHttpClient limits', () => {
  const origin = 'https://provider.example';
  let agent: MockAgent;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });

  afterEach(async () => {
    await agent.close();
  });

  const mockClient = (overrides: Partial<Parameters<typeof createHttpClient>[0]> = {}): HttpClient =>
    createHttpClient({ provider: 'test', baseUrl: origin, dispatcher: agent, secrets: () => [API_KEY], ...overrides });

  it('refuses a 5 MB answer at the default 1 MiB cap, keeping none of it', async () => {
    agent
      .get(origin)
      .intercept({ method: 'GET', path: '/big' })
      .reply(200, `{"data":"${'x'.repeat(5 * 1024 * 1024)}"}`, { headers: { 'content-type': 'application/json' } });
    const error = await failure(mockClient().request({ method: 'GET', path: 'big' }));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', responseBody: undefined });
    expect(error.message).toContain('1048576 bytes');
  });

  it('refuses an answer whose content-length is over the cap before reading it', async () => {
    agent
      .get(origin)
      .intercept({ method: 'GET', path: '/declared' })
      .reply(200, 'x'.repeat(2000), { headers: { 'content-length': '2000' } });
    const error = await failure(mockClient({ maxResponseBytes: 1000 }).request({ method: 'GET', path: 'declared' }));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('keeps at most a few KB of a large error answer, redacted, in responseBody', async () => {
    const large = { error: 'boom', echo: API_KEY, token: 'leaked-token-value', padding: 'p'.repeat(100_000) };
    agent
      .get(origin)
      .intercept({ method: 'POST', path: '/fail' })
      .reply(500, large, { headers: { 'content-type': 'application/json' } });
    agent
      .get(origin)
      .intercept({ method: 'GET', path: '/html' })
      .reply(200, `<html>${API_KEY}${'<p>x</p>'.repeat(10_000)}</html>`, { headers: { 'content-type': 'text/html' } });
    const http = mockClient();
    const status = errorFromStatus(http, await http.request({ method: 'POST', path: 'fail' }));
    expectNoKey(status);
    expect(typeof status.responseBody).toBe('string');
    expect((status.responseBody as string).length).toBeLessThan(4200);
    expect(status.responseBody).toContain('"error":"boom"');
    expect(status.responseBody).not.toContain('leaked-token-value');
    const html = await http.request({ method: 'GET', path: 'html' });
    const unreadable = await failure((async () => readJsonObject(http, html))());
    expect(unreadable.code).toBe('BAD_RESPONSE');
    expect((unreadable.responseBody as string).length).toBeLessThan(4200);
    const given = http.error('x', {
      code: 'BAD_RESPONSE',
      responseBody: { list: Array.from({ length: 2000 }, (_, index) => ({ index, apiKey: API_KEY })) },
    });
    expectNoKey(given);
    expect((given.responseBody as string).length).toBeLessThan(4200);
  });

  it("sends a User-Agent naming @sms/core's version from its package.json, after the products a provider adds", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const userAgents: unknown[] = [];
    agent
      .get(origin)
      .intercept({ method: 'GET', path: '/ping' })
      .reply((request) => {
        userAgents.push((request.headers as Record<string, string>)['user-agent']);
        return { statusCode: 200, data: '{}' };
      })
      .times(2);
    await mockClient().request({ method: 'GET', path: 'ping' });
    await mockClient({ userAgent: ['sms-ghasedak/2.3.4', 'extra'] }).request({ method: 'GET', path: 'ping' });
    expect(userAgents).toEqual([
      `sms-core/${version} (+https://github.com/sms-sdk/sms)`,
      `sms-ghasedak/2.3.4 extra sms-core/${version} (+https://github.com/sms-sdk/sms)`,
    ]);
  });

  it('refuses a userAgent that is not a list of product tokens, when the client is created', () => {
    for (const userAgent of [['two words'], ['line\nbreak'], ['a/b/c'], [''], [42], 'sms-x/1.0']) {
      expect(() => mockClient({ userAgent: userAgent as string[] }), JSON.stringify(userAgent)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', provider: 'test' }),
      );
    }
  });

  it('parses an answer as JSON when its type says so or when it starts with { or [ after whitespace', async () => {
    const answers: [string, Record<string, string>, unknown][] = [
      [' \r\n\t{"a":1}', { 'content-type': 'text/html' }, { a: 1 }],
      ['[1,2]', {}, [1, 2]],
      ['"text"', { 'content-type': 'application/json' }, 'text'],
      ['OK', {}, undefined],
      ['x {"a":1}', {}, undefined],
      ['{broken', {}, undefined],
    ];
    for (const [index, [body, headers]] of answers.entries())
      agent
        .get(origin)
        .intercept({ method: 'GET', path: `/answer-${index}` })
        .reply(200, body, { headers });
    const http = mockClient();
    for (const [index, [body, , json]] of answers.entries())
      expect((await http.request({ method: 'GET', path: `answer-${index}` })).json, body).toEqual(json);
  });

  it('refuses a timeoutMs that is not a positive number of milliseconds, before sending', async () => {
    expect(() => mockClient({ timeoutMs: 0 })).toThrow(SmsError);
    expect(() => mockClient({ maxResponseBytes: -1 })).toThrow(SmsError);
    const http = mockClient();
    for (const timeoutMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '100' as unknown as number]) {
      const error = await failure(http.request({ method: 'GET', path: 'x' }, { timeoutMs }));
      expect(error).toMatchObject({ code: 'INVALID_INPUT', outcome: 'not-sent' });
    }
  });
});
