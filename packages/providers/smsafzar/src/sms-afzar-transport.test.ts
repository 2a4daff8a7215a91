import { describe, expect, it, vi } from 'vitest';
import error401 from './__fixtures__/error-401.json' with { type: 'json' };
import error500 from './__fixtures__/error-500.json' with { type: 'json' };
import sendAnswer from './__fixtures__/send-answer.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  DOMAIN,
  expectNoSecret,
  fakeJwt,
  JSON_HEADERS,
  jwtProvider,
  PASSWORD,
  replyToken,
  USER_NAME,
  useMock,
  type Mock,
} from './test-support/mock-sms-afzar';

const inAnHour = (): number => Math.floor(Date.now() / 1000) + 3600;
const message = { to: '09100000000', text: 'x' };
const paths = (mock: Mock): string[] => mock.calls().map((call) => call.path);

describe('JWT authentication', () => {
  const mock = useMock();

  it('posts userName, password and domain to auth/token once and reuses the token', async () => {
    const token = fakeJwt(inAnHour());
    replyToken(mock, token);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS).times(2);
    mock.pool.intercept({ method: 'GET', path: '/account/balance' }).reply(200, { credit: '10' }, JSON_HEADERS);
    const provider = jwtProvider(mock);

    await provider.send(message);
    await provider.send(message);
    await provider.getBalance();

    const calls = mock.calls();
    expect(paths(mock)).toEqual(['/auth/token', '/messages/send', '/messages/send', '/account/balance']);
    expect(calls[0]).toMatchObject({ method: 'POST', body: { userName: USER_NAME, password: PASSWORD, domain: DOMAIN } });
    expect(calls[0]!.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' });
    for (const call of calls.slice(1)) expect(call.headers['authorization']).toBe(`Bearer ${token}`);
  });

  it('makes one token request for 20 concurrent calls', async () => {
    const token = fakeJwt(inAnHour());
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { token, expiresIn: 3600 }, JSON_HEADERS).delay(50);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS).times(20);
    const provider = jwtProvider(mock);

    const results = await Promise.all(Array.from({ length: 20 }, () => provider.send(message)));

    expect(results).toHaveLength(20);
    expect(paths(mock).filter((path) => path === '/auth/token')).toHaveLength(1);
    expect(mock.calls().filter((call) => call.headers['authorization'] === `Bearer ${token}`)).toHaveLength(20);
  });

  it('asks for a new token shortly before the cached one expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-11-22T10:00:00Z');
    vi.setSystemTime(start);
    const first = fakeJwt(start.getTime() / 1000 + 3600, 'first');
    const second = fakeJwt(start.getTime() / 1000 + 7200, 'second');
    replyToken(mock, first, 3600);
    replyToken(mock, second, 3600);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS).times(3);
    const provider = jwtProvider(mock);

    await provider.send(message);
    vi.setSystemTime(start.getTime() + 3_500_000);
    await provider.send(message);
    vi.setSystemTime(start.getTime() + 3_560_000);
    await provider.send(message);

    expect(paths(mock)).toEqual(['/auth/token', '/messages/send', '/messages/send', '/auth/token', '/messages/send']);
    expect(mock.calls().map((call) => call.headers['authorization']).filter(Boolean)).toEqual([`Bearer ${first}`, `Bearer ${first}`, `Bearer ${second}`]);
  });

  it("reads the lifetime from the JWT's exp when the answer has no expiresIn", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-11-22T10:00:00Z');
    vi.setSystemTime(start);
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { token: fakeJwt(start.getTime() / 1000 + 600, 'short') }, JSON_HEADERS);
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { token: fakeJwt(start.getTime() / 1000 + 1200, 'next') }, JSON_HEADERS);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS).times(2);
    const provider = jwtProvider(mock);

    await provider.send(message);
    // 600 s lifetime: refreshed a tenth of it (60 s) early.
    vi.setSystemTime(start.getTime() + 545_000);
    await provider.send(message);
    expect(paths(mock)).toEqual(['/auth/token', '/messages/send', '/auth/token', '/messages/send']);
  });

  it('on a 401 gets a fresh token and repeats the call exactly once', async () => {
    const stale = fakeJwt(inAnHour(), 'stale');
    const fresh = fakeJwt(inAnHour(), 'fresh');
    replyToken(mock, stale);
    replyToken(mock, fresh);
    mock.pool.intercept({ method: 'POST', path: '/messages/send', headers: { authorization: `Bearer ${stale}` } }).reply(401, error401, JSON_HEADERS);
    mock.pool.intercept({ method: 'POST', path: '/messages/send', headers: { authorization: `Bearer ${fresh}` } }).reply(200, sendAnswer, JSON_HEADERS);

    const result = await jwtProvider(mock).send(message);

    expect(result.messages[0]!.id).toBe('ec28329d-503f-4e9e-be82-c88bbd6f88d6');
    expect(paths(mock)).toEqual(['/auth/token', '/messages/send', '/auth/token', '/messages/send']);
    expect(mock.calls()[1]!.body).toEqual(mock.calls()[3]!.body);
  });

  it('surfaces a second 401 as AUTHENTICATION without a third attempt', async () => {
    replyToken(mock, fakeJwt(inAnHour(), 'one'));
    replyToken(mock, fakeJwt(inAnHour(), 'two'));
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(401, error401, JSON_HEADERS).times(2);

    const error = await caught(() => jwtProvider(mock).send(message));

    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', statusCode: 401, providerCode: 401 });
    expect(paths(mock)).toEqual(['/auth/token', '/messages/send', '/auth/token', '/messages/send']);
  });

  it('refreshes once for 20 concurrent calls refused with the same stale token', async () => {
    const stale = fakeJwt(inAnHour(), 'stale');
    const fresh = fakeJwt(inAnHour(), 'fresh');
    replyToken(mock, stale);
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { token: fresh, expiresIn: 3600 }, JSON_HEADERS).delay(30);
    mock.pool.intercept({ method: 'POST', path: '/messages/send', headers: { authorization: `Bearer ${stale}` } }).reply(401, error401, JSON_HEADERS).times(20);
    mock.pool.intercept({ method: 'POST', path: '/messages/send', headers: { authorization: `Bearer ${fresh}` } }).reply(200, sendAnswer, JSON_HEADERS).times(20);
    const provider = jwtProvider(mock);

    await Promise.all(Array.from({ length: 20 }, () => provider.send(message)));

    expect(paths(mock).filter((path) => path === '/auth/token')).toHaveLength(2);
  });

  it('does not repeat a call refused with 401 in API-key mode', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(401, error401, JSON_HEADERS);
    const error = await caught(() => apiKeyProvider(mock).send(message));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
    expect(mock.calls()).toHaveLength(1);
  });

  it('maps refused credentials at auth/token to AUTHENTICATION, not-sent, without the password', async () => {
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(401, error401, JSON_HEADERS);
    const error = await caught(() => jwtProvider(mock).send(message));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', statusCode: 401 });
    expect(error.message).toMatch(/userName, password or domain/);
    expectNoSecret(error, [PASSWORD]);
    expect(paths(mock)).toEqual(['/auth/token']);
  });

  it('reports a failed token request as not-sent even when the error is a 500', async () => {
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(500, error500, JSON_HEADERS);
    const error = await caught(() => jwtProvider(mock).send(message));
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'not-sent', providerCode: 1000011011 });
    expect(error.message).toMatch(/nothing was sent/);
  });

  it('refuses a token answer without a token as BAD_RESPONSE, not-sent', async () => {
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { ok: true }, JSON_HEADERS);
    expect(await caught(() => jwtProvider(mock).send(message))).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'not-sent' });
  });

  it('stops waiting for a token when the call is aborted, while other calls get it', async () => {
    const token = fakeJwt(inAnHour());
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { token, expiresIn: 3600 }, JSON_HEADERS).delay(100);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS);
    const provider = jwtProvider(mock);
    const controller = new AbortController();

    const aborted = caught(() => provider.send(message, { signal: controller.signal }));
    const other = provider.send(message);
    setTimeout(() => controller.abort(), 10);

    expect(await aborted).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    expect((await other).messages).toHaveLength(1);
    expect(paths(mock)).toEqual(['/auth/token', '/messages/send']);
  });

  it('sends nothing, not even a token request, for an already aborted call', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await caught(() => jwtProvider(mock).send(message, { signal: controller.signal }))).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    expect(mock.calls()).toHaveLength(0);
  });

  it('auth.token() fetches a token, returns its expiry and caches it for later calls', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
    const token = fakeJwt(inAnHour());
    replyToken(mock, token);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS);
    const provider = jwtProvider(mock);

    expect(await provider.native.auth.token()).toEqual({ token, expiresIn: 3600, expiresAt: new Date('2026-11-22T11:00:00Z') });
    await provider.send(message);
    expect(paths(mock)).toEqual(['/auth/token', '/messages/send']);
  });

  it('auth.token() without JWT credentials fails with AUTHENTICATION naming the setting', async () => {
    vi.stubEnv('SMSAFZAR_USERNAME', '');
    const error = await caught(() => apiKeyProvider(mock).native.auth.token());
    vi.unstubAllEnvs();
    expect(error.code).toBe('AUTHENTICATION');
    expect(error.message).toContain('SMSAFZAR_USERNAME');
    expect(mock.calls()).toHaveLength(0);
  });
});
