import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { createHttpClient, type HttpClient } from './create-http-client';
import type { HttpClientSettings } from './http-types';

const origin = 'https://provider.example';

async function failure(promise: Promise<unknown>): Promise<SmsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SmsError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('createHttpClient rateLimit', () => {
  let agent: MockAgent;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });

  afterEach(async () => {
    await agent.close();
  });

  const clientWith = (settings: Partial<HttpClientSettings>): HttpClient =>
    createHttpClient({ provider: 'test', baseUrl: origin, dispatcher: agent, ...settings });
  const answer = (path: string, status = 200, headers: Record<string, string> = {}): void => {
    agent
      .get(origin)
      .intercept({ method: 'POST', path: `/${path}` })
      .reply(status, '{}', { headers: { 'content-type': 'application/json', ...headers } });
  };
  const post = (http: HttpClient, path: string, timeoutMs?: number, signal?: AbortSignal) =>
    http.request({ method: 'POST', path, json: {} }, { ...(timeoutMs === undefined ? {} : { timeoutMs }), signal });
  const unsent = () => agent.pendingInterceptors().map((interceptor) => interceptor.path);

  it('counts every request: past the burst, a request whose turn is beyond its deadline fails unsent', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 1, burst: 2 } });
    for (const path of ['chunk-1', 'chunk-2', 'chunk-3']) answer(path);
    const results = await Promise.allSettled(['chunk-1', 'chunk-2', 'chunk-3'].map((path) => post(http, path, 500)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const refused = (results[2] as PromiseRejectedResult).reason as SmsError;
    expect(refused).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent', retryable: true, provider: 'test' });
    expect(refused.message).toContain('rate limit (1 requests/s)');
    expect(unsent()).toEqual(['/chunk-3']);
  });

  it('counts the wait in the deadline: a request that would wait longer than its timeoutMs is not sent', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 10 } });
    answer('first');
    answer('second');
    await post(http, 'first');
    const error = await failure(post(http, 'second', 50));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
    expect(unsent()).toEqual(['/second']);
  });

  it('holds every caller of the provider after a 429 with Retry-After', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 1000, burst: 10 } });
    answer('refused', 429, { 'retry-after': '5' });
    answer('other-caller');
    const refused = await post(http, 'refused');
    expect(refused.statusCode).toBe(429);
    // Another caller, well inside the burst: its turn is after the 5 s pause, beyond its 1 s deadline.
    const error = await failure(post(http, 'other-caller', 1_000));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
    expect(unsent()).toEqual(['/other-caller']);
  });

  it('holds every caller when the provider says RATE_LIMITED in the body of a 200 answer', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 1000, burst: 10 } });
    answer('said-in-body');
    answer('other-caller');
    const said = await post(http, 'said-in-body');
    expect(said.statusCode).toBe(200);
    // The provider package turns the body's code into an error through the client, as Ghasedak's does.
    http.error('over the limit', { code: 'RATE_LIMITED', response: said, retryAfterMs: 5_000 });
    const error = await failure(post(http, 'other-caller', 1_000));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
    expect(unsent()).toEqual(['/other-caller']);
  });

  it('holds the provider for a second after a 429 without Retry-After', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 1000, burst: 10 } });
    answer('refused', 429);
    answer('next');
    await post(http, 'refused');
    const error = await failure(post(http, 'next', 500));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
  });

  it('does not hold anything after a 429 when no rateLimit is set', async () => {
    const http = clientWith({});
    answer('refused', 429, { 'retry-after': '5' });
    answer('next');
    await post(http, 'refused');
    expect((await post(http, 'next', 500)).statusCode).toBe(200);
  });

  it('rejects a waiting request with ABORTED, nothing sent, when its signal aborts', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 1 } });
    answer('first');
    answer('waiting');
    await post(http, 'first');
    const controller = new AbortController();
    const waiting = failure(post(http, 'waiting', 5_000, controller.signal));
    controller.abort(new Error('the user left'));
    expect(await waiting).toMatchObject({ code: 'ABORTED', outcome: 'not-sent', retryable: false });
    expect(unsent()).toEqual(['/waiting']);
  });

  it('rejects the waiting requests with NETWORK, nothing sent, when the client is closed', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 1 } });
    answer('first');
    answer('waiting');
    await post(http, 'first');
    const waiting = failure(post(http, 'waiting', 5_000));
    await http.close();
    expect(await waiting).toMatchObject({ code: 'NETWORK', outcome: 'not-sent' });
    expect(unsent()).toEqual(['/waiting']);
  });

  it('sends the waiting requests in the order they came', async () => {
    const http = clientWith({ rateLimit: { requestsPerSecond: 200 } });
    const order: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      agent
        .get(origin)
        .intercept({ method: 'POST', path: `/in-order-${index}` })
        .reply(() => {
          order.push(`in-order-${index}`);
          return { statusCode: 200, data: '{}' };
        });
    }
    await Promise.all([0, 1, 2, 3, 4].map((index) => post(http, `in-order-${index}`)));
    expect(order).toEqual(['in-order-0', 'in-order-1', 'in-order-2', 'in-order-3', 'in-order-4']);
  });

  it('refuses a rateLimit it cannot keep with INVALID_INPUT', () => {
    expect(() => clientWith({ rateLimit: { requestsPerSecond: -1 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', provider: 'test' }),
    );
  });
});
