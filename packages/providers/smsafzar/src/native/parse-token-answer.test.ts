import type { HttpResponse } from '@sms/core/provider-utils';
import { describe, expect, it } from 'vitest';
import { fakeJwt } from '../test-support/mock-sms-afzar';
import { DEFAULT_TOKEN_LIFETIME_MS, parseTokenAnswer } from './parse-token-answer';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const answer = (json: unknown, text = JSON.stringify(json)): HttpResponse => ({ statusCode: 200, headers: {}, text, json });

describe('parseTokenAnswer', () => {
  it('reads { token, expiresIn } with the lifetime from expiresIn', () => {
    const token = fakeJwt(NOW / 1000 + 99_999);
    expect(parseTokenAnswer(answer({ token, expiresIn: 3600 }), NOW)).toEqual({ token, expiresIn: 3600, expiresAt: new Date(NOW + 3_600_000) });
  });

  it("falls back to the JWT's exp, then to ten minutes when exp is missing or already past", () => {
    const token = fakeJwt(NOW / 1000 + 1800);
    expect(parseTokenAnswer(answer({ accessToken: token }), NOW)?.expiresAt).toEqual(new Date(NOW + 1_800_000));
    expect(parseTokenAnswer(answer({ token: 'opaque-token-value' }), NOW)?.expiresAt).toEqual(new Date(NOW + DEFAULT_TOKEN_LIFETIME_MS));
    expect(parseTokenAnswer(answer({ token: fakeJwt(NOW / 1000 - 60) }), NOW)?.expiresAt).toEqual(new Date(NOW + DEFAULT_TOKEN_LIFETIME_MS));
  });

  it('accepts a bare JWT body and refuses an answer without a token', () => {
    const token = fakeJwt(NOW / 1000 + 600);
    expect(parseTokenAnswer(answer(undefined, token), NOW)?.token).toBe(token);
    expect(parseTokenAnswer(answer(token), NOW)?.token).toBe(token);
    expect(parseTokenAnswer(answer({ ok: true }), NOW)).toBeUndefined();
    expect(parseTokenAnswer(answer({ token: '' }), NOW)).toBeUndefined();
  });
});
