import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import error401 from './__fixtures__/error-401.json' with { type: 'json' };
import error500 from './__fixtures__/error-500.json' with { type: 'json' };
import type { RequestRecorder } from '@sms/core/provider-utils';
import {
  apiKeyProvider,
  caught,
  expectNoSecret,
  fakeJwt,
  jwtProvider,
  PASSWORD,
  replyBalance,
  replySent,
  replyToken,
  useRecorder,
} from './test-support/mock-sms-afzar';

const inAnHour = (): number => Math.floor(Date.now() / 1000) + 3600;
const message = { to: '09100000000', text: 'x' };
const paths = (recorder: RequestRecorder): string[] => recorder.requests.map((request) => request.path);

describe('JWT authentication', () => {
  const recorder = useRecorder();

  it('posts userName, password and domain to auth/token once and reuses the token', async () => {
    const token = fakeJwt(inAnHour());
    replyToken(recorder, token);
    replySent(recorder, { times: 2 });
    replyBalance(recorder);
    const provider = jwtProvider(recorder);

    await provider.send(message);
    await provider.send(message);
    await provider.getBalance();

    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "domain": "sms.smsafzar",
            "password": "[password]",
            "userName": "smsafzar-user",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/auth/token",
        },
        {
          "body": {
            "content": "x",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
          },
          "headers": {
            "authorization": "Bearer [token]",
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/messages/send",
        },
        {
          "body": {
            "content": "x",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
          },
          "headers": {
            "authorization": "Bearer [token]",
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/messages/send",
        },
        {
          "headers": {
            "authorization": "Bearer [token]",
            "cache-control": "no-cache",
          },
          "method": "GET",
          "path": "/account/balance",
        },
      ]
    `);
  });

  it('makes one token request for 20 concurrent calls', async () => {
    const token = fakeJwt(inAnHour());
    replyToken(recorder, token, { delayMs: 50 });
    replySent(recorder, { times: 20 });
    const provider = jwtProvider(recorder);

    const results = await Promise.all(Array.from({ length: 20 }, () => provider.send(message)));

    expect(results).toHaveLength(20);
    expect(paths(recorder).filter((path) => path === '/auth/token')).toHaveLength(1);
    expect(recorder.requests.filter((request) => request.headers['authorization'] === 'Bearer [token]')).toHaveLength(
      20,
    );
  });

  it('asks for a new token shortly before the cached one expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-11-22T10:00:00Z');
    vi.setSystemTime(start);
    const first = fakeJwt(start.getTime() / 1000 + 3600, 'first');
    const second = fakeJwt(start.getTime() / 1000 + 7200, 'second');
    replyToken(recorder, first, { expiresIn: 3600, name: 'first' });
    replyToken(recorder, second, { expiresIn: 3600, name: 'second' });
    replySent(recorder, { times: 3 });
    const provider = jwtProvider(recorder);

    await provider.send(message);
    vi.setSystemTime(start.getTime() + 3_500_000);
    await provider.send(message);
    vi.setSystemTime(start.getTime() + 3_560_000);
    await provider.send(message);

    expect(paths(recorder)).toEqual([
      '/auth/token',
      '/messages/send',
      '/messages/send',
      '/auth/token',
      '/messages/send',
    ]);
    expect(recorder.requests.map((request) => request.headers['authorization']).filter(Boolean)).toEqual([
      'Bearer [first]',
      'Bearer [first]',
      'Bearer [second]',
    ]);
  });

  it("reads the lifetime from the JWT's exp when the answer has no expiresIn", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-11-22T10:00:00Z');
    vi.setSystemTime(start);
    replyToken(recorder, fakeJwt(start.getTime() / 1000 + 600, 'short'), { expiresIn: null, name: 'short' });
    replyToken(recorder, fakeJwt(start.getTime() / 1000 + 1200, 'next'), { expiresIn: null, name: 'next' });
    replySent(recorder, { times: 2 });
    const provider = jwtProvider(recorder);

    await provider.send(message);
    // 600 s lifetime: refreshed a tenth of it (60 s) early.
    vi.setSystemTime(start.getTime() + 545_000);
    await provider.send(message);
    expect(paths(recorder)).toEqual(['/auth/token', '/messages/send', '/auth/token', '/messages/send']);
  });

  it('on a 401 gets a fresh token and repeats the call exactly once', async () => {
    const stale = fakeJwt(inAnHour(), 'stale');
    const fresh = fakeJwt(inAnHour(), 'fresh');
    replyToken(recorder, stale, { name: 'stale' });
    replyToken(recorder, fresh, { name: 'fresh' });
    recorder.reply(
      'POST',
      '/messages/send',
      { status: 401, json: error401 },
      { headers: { authorization: `Bearer ${stale}` } },
    );
    replySent(recorder, { headers: { authorization: `Bearer ${fresh}` } });

    const result = await jwtProvider(recorder).send(message);

    expect(result.messages[0]!.id).toBe('ec28329d-503f-4e9e-be82-c88bbd6f88d6');
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "domain": "sms.smsafzar",
            "password": "[password]",
            "userName": "smsafzar-user",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/auth/token",
        },
        {
          "body": {
            "content": "x",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
          },
          "headers": {
            "authorization": "Bearer [stale]",
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/messages/send",
        },
        {
          "body": {
            "domain": "sms.smsafzar",
            "password": "[password]",
            "userName": "smsafzar-user",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/auth/token",
        },
        {
          "body": {
            "content": "x",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
          },
          "headers": {
            "authorization": "Bearer [fresh]",
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/messages/send",
        },
      ]
    `);
  });

  it('surfaces a second 401 as AUTHENTICATION without a third attempt', async () => {
    replyToken(recorder, fakeJwt(inAnHour(), 'one'), { name: 'one' });
    replyToken(recorder, fakeJwt(inAnHour(), 'two'), { name: 'two' });
    recorder.reply('POST', '/messages/send', { status: 401, json: error401 }, { times: 2 });

    const error = await caught(() => jwtProvider(recorder).send(message));

    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', statusCode: 401, providerCode: 401 });
    expect(paths(recorder)).toEqual(['/auth/token', '/messages/send', '/auth/token', '/messages/send']);
  });

  it('refreshes once for 20 concurrent calls refused with the same stale token', async () => {
    const stale = fakeJwt(inAnHour(), 'stale');
    const fresh = fakeJwt(inAnHour(), 'fresh');
    replyToken(recorder, stale, { name: 'stale' });
    replyToken(recorder, fresh, { name: 'fresh', delayMs: 30 });
    recorder.reply(
      'POST',
      '/messages/send',
      { status: 401, json: error401 },
      { headers: { authorization: `Bearer ${stale}` }, times: 20 },
    );
    replySent(recorder, { headers: { authorization: `Bearer ${fresh}` }, times: 20 });
    const provider = jwtProvider(recorder);

    await Promise.all(Array.from({ length: 20 }, () => provider.send(message)));

    expect(paths(recorder).filter((path) => path === '/auth/token')).toHaveLength(2);
  });

  it('does not repeat a call refused with 401 in API-key mode', async () => {
    recorder.reply('POST', '/messages/send', { status: 401, json: error401 });
    const error = await caught(() => apiKeyProvider(recorder).send(message));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
    expect(recorder.requests).toHaveLength(1);
  });

  it('maps refused credentials at auth/token to AUTHENTICATION, not-sent, without the password', async () => {
    recorder.reply('POST', '/auth/token', { status: 401, json: error401 });
    const error = await caught(() => jwtProvider(recorder).send(message));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', statusCode: 401 });
    expect(error.message).toMatch(/userName, password or domain/);
    expectNoSecret(error, [PASSWORD]);
    expect(paths(recorder)).toEqual(['/auth/token']);
  });

  it('reports a failed token request as not-sent even when the error is a 500', async () => {
    recorder.reply('POST', '/auth/token', { status: 500, json: error500 });
    const error = await caught(() => jwtProvider(recorder).send(message));
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'not-sent', providerCode: 1000011011 });
    expect(error.message).toMatch(/nothing was sent/);
  });

  it('refuses a token answer without a token as BAD_RESPONSE, not-sent', async () => {
    recorder.reply('POST', '/auth/token', { json: { ok: true } });
    expect(await caught(() => jwtProvider(recorder).send(message))).toMatchObject({
      code: 'BAD_RESPONSE',
      outcome: 'not-sent',
    });
  });

  it('stops waiting for a token when the call is aborted, while other calls get it', async () => {
    const token = fakeJwt(inAnHour());
    replyToken(recorder, token, { delayMs: 100 });
    replySent(recorder);
    const provider = jwtProvider(recorder);
    const controller = new AbortController();

    const aborted = caught(() => provider.send(message, { signal: controller.signal }));
    const other = provider.send(message);
    setTimeout(() => controller.abort(), 10);

    expect(await aborted).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    expect((await other).messages).toHaveLength(1);
    expect(paths(recorder)).toEqual(['/auth/token', '/messages/send']);
  });

  it('sends nothing, not even a token request, for an already aborted call', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await caught(() => jwtProvider(recorder).send(message, { signal: controller.signal }))).toMatchObject({
      code: 'ABORTED',
      outcome: 'not-sent',
    });
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('every request', () => {
  const recorder = useRecorder();

  it('names @sms/smsafzar with the version of its package.json in the User-Agent, before @sms/core, and asks for JSON', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const sent: Record<string, string>[] = [];
    // The recorder leaves out the headers every request carries (user-agent, accept): read them as dispatched.
    const dispatcher = recorder.dispatcher.compose((dispatch) => (options, handler) => {
      sent.push({ ...(options.headers as Record<string, string>) });
      return dispatch(options, handler);
    });
    replySent(recorder, { times: 2 });
    replyToken(recorder, fakeJwt(inAnHour()));

    await apiKeyProvider(recorder, { dispatcher }).send(message);
    await jwtProvider(recorder, { dispatcher }).send(message);

    expect(recorder.requests.map((request) => request.path)).toEqual([
      '/messages/send',
      '/auth/token',
      '/messages/send',
    ]);
    expect(sent).toHaveLength(3);
    for (const headers of sent) {
      const [product, core, ...rest] = headers['user-agent']!.split(' ');
      expect(product).toBe(`sms-smsafzar/${version}`);
      expect(core).toMatch(/^sms-core\/\d+\.\d+\.\d+/);
      expect(rest.join(' ')).toBe('(+https://github.com/sms-sdk/sms)');
      expect(headers['accept']).toBe('application/json');
    }
  });
});
