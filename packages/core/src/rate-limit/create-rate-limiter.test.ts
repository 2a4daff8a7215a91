import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { createRateLimiter, type RateLimiter, type RateLimitTurn } from './create-rate-limiter';
import type { RateLimit } from './rate-limit';

const LONG = { deadlineAt: Number.POSITIVE_INFINITY, deadlineMs: 60_000 };

function limiterOf(rateLimit: RateLimit): RateLimiter {
  return createRateLimiter({ provider: 'ghasedak', rateLimit, now: () => Date.now() });
}

/** Takes `count` turns and records, for each, when it was let go (on the fake clock) or how it failed. */
function takeTurns(limiter: RateLimiter, count: number, turn: (index: number) => RateLimitTurn = () => LONG) {
  const started = Date.now();
  const wentAt: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  const order: number[] = [];
  const failures: (SmsError | undefined)[] = Array.from({ length: count }, () => undefined);
  for (let index = 0; index < count; index += 1) {
    const go = (): void => {
      wentAt[index] = Date.now() - started;
      order.push(index);
    };
    try {
      const waiting = limiter.acquire(turn(index));
      if (waiting === undefined) go();
      else
        waiting.then(go, (error: SmsError) => {
          failures[index] = error;
        });
    } catch (error) {
      failures[index] = error as SmsError;
    }
  }
  return { wentAt, order, failures };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRateLimiter', () => {
  it('spaces requests 1/requestsPerSecond apart with a burst of 1, in arrival order', async () => {
    const limiter = limiterOf({ requestsPerSecond: 10 });
    const turns = takeTurns(limiter, 5);
    await vi.advanceTimersByTimeAsync(399);
    expect(turns.wentAt).toEqual([0, 100, 200, 300, undefined]);
    await vi.advanceTimersByTimeAsync(1);
    expect(turns.wentAt).toEqual([0, 100, 200, 300, 400]);
    expect(turns.order).toEqual([0, 1, 2, 3, 4]);
  });

  it('lets a burst go at once after a quiet spell, then spaces the rest', async () => {
    const limiter = limiterOf({ requestsPerSecond: 10, burst: 3 });
    const first = takeTurns(limiter, 5);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(first.wentAt).toEqual([0, 0, 0, 100, 200]);
    // A second quiet spell refills the burst.
    const second = takeTurns(limiter, 4);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(second.wentAt).toEqual([0, 0, 0, 100]);
  });

  it('keeps the rate when requests arrive one by one, not all at once', async () => {
    const limiter = limiterOf({ requestsPerSecond: 20 });
    const wentAt: number[] = [];
    const started = Date.now();
    for (let index = 0; index < 4; index += 1) {
      // Arrives every 10 ms: twice the rate, so each one waits a little longer than the one before.
      void (limiter.acquire(LONG) ?? Promise.resolve()).then(() => wentAt.push(Date.now() - started));
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(wentAt).toEqual([0, 50, 100, 150]);
  });

  it('moves the turns behind a timer that fired late, so they do not all leave at once', async () => {
    // The limiter's clock runs ahead of the timers by `lag`: every timer fires that much late.
    let lag = 0;
    const limiter = createRateLimiter({
      provider: 'ghasedak',
      rateLimit: { requestsPerSecond: 10 },
      now: () => Date.now() + lag,
    });
    const started = Date.now();
    const wentAt: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const waiting = limiter.acquire(LONG);
      if (waiting === undefined) wentAt.push(limiter.now() - started);
      else void waiting.then(() => wentAt.push(limiter.now() - started));
    }
    lag = 250;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(wentAt).toEqual([0, 350, 450, 550]);
  });

  it('absorbs a late timer within the burst without slowing down', async () => {
    let lag = 0;
    const limiter = createRateLimiter({
      provider: 'ghasedak',
      rateLimit: { requestsPerSecond: 10, burst: 2 },
      now: () => Date.now() + lag,
    });
    const started = Date.now();
    const wentAt: number[] = [];
    for (let index = 0; index < 6; index += 1) {
      const waiting = limiter.acquire(LONG);
      if (waiting === undefined) wentAt.push(limiter.now() - started);
      else void waiting.then(() => wentAt.push(limiter.now() - started));
    }
    lag = 50;
    await vi.advanceTimersByTimeAsync(1_000);
    // The late one goes 50 ms after its turn; the next keeps its own (within the burst): the rate is kept.
    expect(wentAt).toEqual([0, 0, 150, 200, 300, 400]);
  });

  it('fails at once, nothing sent, a request whose turn would come after its deadline, and keeps the others', async () => {
    const limiter = limiterOf({ requestsPerSecond: 10 });
    const started = Date.now();
    const turns = takeTurns(limiter, 4, (index) =>
      index === 2 ? { deadlineAt: started + 150, deadlineMs: 150 } : LONG,
    );
    expect(turns.failures[2]).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent', retryable: true });
    expect(turns.failures[2]!.message).toContain('150 ms deadline');
    await vi.advanceTimersByTimeAsync(1_000);
    // The refused request took no turn: the fourth goes right after the second.
    expect(turns.wentAt).toEqual([0, 100, undefined, 200]);
  });

  it('gives an aborted waiter’s turn to the requests behind it, and rejects it with ABORTED, nothing sent', async () => {
    const limiter = limiterOf({ requestsPerSecond: 10 });
    const controller = new AbortController();
    const turns = takeTurns(limiter, 4, (index) => (index === 1 ? { ...LONG, signal: controller.signal } : LONG));
    await vi.advanceTimersByTimeAsync(50);
    controller.abort(new Error('user left'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(turns.failures[1]).toMatchObject({ code: 'ABORTED', outcome: 'not-sent', retryable: false });
    expect(turns.wentAt).toEqual([0, undefined, 100, 200]);
  });

  it('holds every request, waiting or new, during a pause, and fails early those that cannot make their deadline', async () => {
    const limiter = limiterOf({ requestsPerSecond: 10 });
    const started = Date.now();
    const turns = takeTurns(limiter, 4, (index) =>
      index === 3 ? { deadlineAt: started + 1_500, deadlineMs: 1_500 } : LONG,
    );
    // A 429 with Retry-After: 2 seen by the first request's caller.
    limiter.pause(2_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(turns.failures[3]).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
    const later = takeTurns(limiter, 1);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(turns.wentAt).toEqual([0, undefined, undefined, undefined]);
    expect(later.wentAt).toEqual([undefined]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(turns.wentAt).toEqual([0, 2_000, 2_100, undefined]);
    expect(later.wentAt).toEqual([2_200]);
  });

  it('lets a burst go at the end of a pause, as the provider’s own bucket has refilled', async () => {
    const limiter = limiterOf({ requestsPerSecond: 10, burst: 2 });
    limiter.pause(1_000);
    const turns = takeTurns(limiter, 3);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(turns.wentAt).toEqual([1_000, 1_000, 1_100]);
  });

  it('never shortens a pause with a shorter one', async () => {
    const limiter = limiterOf({ requestsPerSecond: 100 });
    limiter.pause(1_000);
    limiter.pause(10);
    const turns = takeTurns(limiter, 1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(turns.wentAt).toEqual([1_000]);
  });

  it('rejects every waiting request when closed', async () => {
    const limiter = limiterOf({ requestsPerSecond: 1 });
    const turns = takeTurns(limiter, 3);
    limiter.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(turns.wentAt).toEqual([0, undefined, undefined]);
    expect(turns.failures.slice(1)).toEqual([
      expect.objectContaining({ code: 'NETWORK', outcome: 'not-sent' }),
      expect.objectContaining({ code: 'NETWORK', outcome: 'not-sent' }),
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind once the queue is empty', async () => {
    const limiter = limiterOf({ requestsPerSecond: 100 });
    takeTurns(limiter, 10);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    [undefined, 'must be an object'],
    [{}, 'requestsPerSecond as a number above 0'],
    [{ requestsPerSecond: 0 }, 'requestsPerSecond as a number above 0'],
    [{ requestsPerSecond: Number.NaN }, 'requestsPerSecond as a number above 0'],
    [{ requestsPerSecond: '20' }, 'requestsPerSecond as a number above 0'],
    [{ requestsPerSecond: 20, burst: 0 }, 'burst as a whole number of at least 1'],
    [{ requestsPerSecond: 20, burst: 1.5 }, 'burst as a whole number of at least 1'],
  ])('refuses the setting %j with INVALID_INPUT', (rateLimit, message) => {
    const create = () => createRateLimiter({ provider: 'ghasedak', rateLimit: rateLimit as RateLimit });
    expect(create).toThrow(SmsError);
    expect(create).toThrow(message);
    try {
      create();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', provider: 'ghasedak' });
    }
  });
});
