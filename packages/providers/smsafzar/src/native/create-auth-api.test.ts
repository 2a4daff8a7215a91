import type { HttpResponse } from '@sms/core/provider-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replySent,
  replyToken,
  useRecorder,
} from '../test-support/mock-sms-afzar';
import { DEFAULT_TOKEN_LIFETIME_MS, parseTokenAnswer } from './create-auth-api';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const answer = (json: unknown, text = JSON.stringify(json)): HttpResponse => ({
  statusCode: 200,
  headers: {},
  text,
  json,
});

describe('parseTokenAnswer', () => {
  it('reads { token, expiresIn } with the lifetime from expiresIn', () => {
    const token = fakeJwt(NOW / 1000 + 99_999);
    expect(parseTokenAnswer(answer({ token, expiresIn: 3600 }), NOW)).toEqual({
      token,
      expiresIn: 3600,
      expiresAt: new Date(NOW + 3_600_000),
    });
  });

  it("falls back to the JWT's exp, then to ten minutes when exp is missing or already past", () => {
    const token = fakeJwt(NOW / 1000 + 1800);
    expect(parseTokenAnswer(answer({ accessToken: token }), NOW)?.expiresAt).toEqual(new Date(NOW + 1_800_000));
    expect(parseTokenAnswer(answer({ token: 'opaque-token-value' }), NOW)?.expiresAt).toEqual(
      new Date(NOW + DEFAULT_TOKEN_LIFETIME_MS),
    );
    expect(parseTokenAnswer(answer({ token: fakeJwt(NOW / 1000 - 60) }), NOW)?.expiresAt).toEqual(
      new Date(NOW + DEFAULT_TOKEN_LIFETIME_MS),
    );
  });

  it('accepts a bare JWT body and refuses an answer without a token', () => {
    const token = fakeJwt(NOW / 1000 + 600);
    expect(parseTokenAnswer(answer(undefined, token), NOW)?.token).toBe(token);
    expect(parseTokenAnswer(answer(token), NOW)?.token).toBe(token);
    expect(parseTokenAnswer(answer({ ok: true }), NOW)).toBeUndefined();
    expect(parseTokenAnswer(answer({ token: '' }), NOW)).toBeUndefined();
  });
});

describe('native.auth', () => {
  const recorder = useRecorder();

  it('token() fetches a token, returns its expiry and caches it for later calls', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replySent(recorder);
    const provider = jwtProvider(recorder);

    expect(await provider.native.auth.token()).toEqual({
      token,
      expiresIn: 3600,
      expiresAt: new Date('2026-11-22T11:00:00Z'),
    });
    await provider.send({ to: '09100000000', text: 'x' });
    expect(recorder.requests.map((request) => [request.path, request.headers['authorization']])).toEqual([
      ['/auth/token', undefined],
      ['/messages/send', 'Bearer [token]'],
    ]);
  });

  it('token() without JWT credentials fails with AUTHENTICATION naming the setting', async () => {
    vi.stubEnv('SMSAFZAR_USERNAME', '');
    const error = await caught(() => apiKeyProvider(recorder).native.auth.token());
    vi.unstubAllEnvs();
    expect(error.code).toBe('AUTHENTICATION');
    expect(error.message).toContain('SMSAFZAR_USERNAME');
    expect(recorder.requests).toHaveLength(0);
  });
});
