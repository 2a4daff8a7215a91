import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry-delay';

const refused = new SmsError('busy', { code: 'RATE_LIMITED' });
const refusedFor = (retryAfterMs: number) => new SmsError('busy', { code: 'RATE_LIMITED', retryAfterMs });

describe('retryDelay', () => {
  it('grows exponentially from 1 s by default, up to one minute', () => {
    expect([1, 2, 3, 10].map((refusals) => retryDelay(undefined, refusals, refused))).toEqual([
      1000, 2000, 4000, 60_000,
    ]);
    expect(retryDelay({ delayMs: 100, multiplier: 3, maxDelayMs: 500 }, 3, refused)).toBe(500);
  });

  it('waits at least what the provider asked for with Retry-After, even beyond the backoff cap', () => {
    expect(retryDelay({ delayMs: 100 }, 1, refusedFor(5000))).toBe(5000);
    expect(retryDelay({ delayMs: 100, maxDelayMs: 1000 }, 1, refusedFor(90_000))).toBe(90_000);
    expect(retryDelay({ delayMs: 8000 }, 1, refusedFor(5000))).toBe(8000);
  });

  it('takes a function of the refusal count and the error, never below zero', () => {
    expect(retryDelay((refusals) => refusals * 7, 3, refused)).toBe(21);
    expect(retryDelay(() => -5, 1, refused)).toBe(0);
    expect(retryDelay(() => Number.NaN, 1, refusedFor(30))).toBe(30);
  });
});
