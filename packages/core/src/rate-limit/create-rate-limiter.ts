import { SmsError } from '../errors/sms-error';
import { assertRateLimit } from './assert-rate-limit';
import type { RateLimit } from './rate-limit';

/** What a request tells the limiter when it asks for its turn. */
export interface RateLimitTurn {
  /** The instant (on the limiter's clock) past which the request may no longer start. */
  deadlineAt: number;
  /** The request's deadline in milliseconds, for the error's message. */
  deadlineMs: number;
  /** The caller's signal: an abort while waiting gives the turn back. */
  signal?: AbortSignal | undefined;
}

export interface RateLimiter {
  /** The limiter's clock, in milliseconds: the one `deadlineAt` is read on. */
  now(): number;
  /**
   * Takes the next turn. `undefined` when the request may go at once (no promise is made); otherwise a promise
   * that resolves at the request's turn. It rejects, nothing having been sent, with `TIMEOUT` when the turn
   * would come after `deadlineAt` (at once, without waiting for it), `ABORTED` when the signal aborts, and
   * `NETWORK` when the limiter is closed.
   */
  acquire(turn: RateLimitTurn): Promise<void> | undefined;
  /** Holds every request, waiting or to come, until `ms` from now: the provider asked for it (a 429). */
  pause(ms: number): void;
  /** Rejects every waiting request; later ones are the HTTP client's to refuse. */
  close(): void;
}

export interface RateLimiterSettings {
  provider: string;
  rateLimit: RateLimit;
  /** A monotonic clock in milliseconds. Default `performance.now`; tests pass the fake timers' `Date.now`. */
  now?: () => number;
}

interface Waiter {
  turn: RateLimitTurn;
  /** When the request may go, on the limiter's clock. */
  slot: number;
  resolve: () => void;
  reject: (error: SmsError) => void;
  onAbort: (() => void) | undefined;
}

/**
 * An in-process limiter on the generic cell rate algorithm: a request conforms at time `t` when
 * `t >= theoreticalArrival - tolerance`, and each one moves the theoretical arrival one interval on. Waiting
 * requests are kept in arrival order with their turn already computed, and one timer (for the first of them)
 * lets them go, so a request costs a little arithmetic and, only when it has to wait, a promise.
 */
export function createRateLimiter(settings: RateLimiterSettings): RateLimiter {
  const { provider, rateLimit } = settings;
  assertRateLimit(rateLimit, provider);
  const now = settings.now ?? (() => performance.now());
  const interval = 1000 / rateLimit.requestsPerSecond;
  const tolerance = ((rateLimit.burst ?? 1) - 1) * interval;
  const described = `${rateLimit.requestsPerSecond} requests/s`;

  // The theoretical arrival after every request already let go…
  let releasedArrival = Number.NEGATIVE_INFINITY;
  // …and after every waiting one too: where the next request's turn is computed from.
  let reservedArrival = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  const waiting: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;

  const slotAfter = (arrival: number, at: number): number => Math.max(arrival - tolerance, pausedUntil, at);

  const tooLate = (turn: RateLimitTurn): SmsError =>
    new SmsError(
      `${provider}'s rate limit (${described}) would hold this request past its ${turn.deadlineMs} ms deadline (timeoutMs); nothing was sent. ` +
        'Raise timeoutMs, send fewer requests at once, or raise the rate limit if the provider allows it.',
      { code: 'TIMEOUT', provider, outcome: 'not-sent', retryable: true },
    );

  const settle = (waiter: Waiter): void => {
    if (waiter.onAbort !== undefined) waiter.turn.signal?.removeEventListener('abort', waiter.onAbort);
  };

  const arm = (): void => {
    const first = waiting[0];
    if (first === undefined) {
      // Turns given back (aborts, deadlines) leave nothing reserved once nobody waits.
      reservedArrival = releasedArrival;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      return;
    }
    if (timer !== undefined && timerAt === first.slot) return;
    if (timer !== undefined) clearTimeout(timer);
    timerAt = first.slot;
    timer = setTimeout(release, Math.max(0, Math.ceil(first.slot - now())));
  };

  function release(): void {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    const at = now();
    let handled = 0;
    for (; handled < waiting.length; handled += 1) {
      const waiter = waiting[handled]!;
      // The turn again from what really went before: when a timer fired late (a busy event loop), the
      // requests behind it move on too rather than all leaving at once, which the provider would refuse.
      const earliest = Math.max(releasedArrival - tolerance, pausedUntil);
      if (earliest > waiter.slot) {
        reservedArrival += earliest - waiter.slot;
        waiter.slot = earliest;
      }
      if (waiter.slot >= waiter.turn.deadlineAt) {
        settle(waiter);
        waiter.reject(tooLate(waiter.turn));
        continue;
      }
      if (waiter.slot > at) break;
      // Counted when it really goes, as the provider counts it; a burst above 1 absorbs a late timer's delay.
      releasedArrival = Math.max(releasedArrival, at) + interval;
      settle(waiter);
      waiter.resolve();
    }
    if (handled > 0) waiting.splice(0, handled);
    arm();
  }

  // After a pause or a waiter leaving: every waiting request's turn again, in order; one that can no longer
  // start before its deadline fails now rather than at its deadline.
  const reschedule = (): void => {
    const at = now();
    let arrival = releasedArrival;
    let kept = 0;
    for (const waiter of waiting) {
      const slot = slotAfter(arrival, at);
      if (slot >= waiter.turn.deadlineAt) {
        settle(waiter);
        waiter.reject(tooLate(waiter.turn));
        continue;
      }
      waiter.slot = slot;
      arrival = Math.max(arrival, slot) + interval;
      waiting[kept] = waiter;
      kept += 1;
    }
    waiting.length = kept;
    reservedArrival = arrival;
    arm();
  };

  return {
    now,
    acquire(turn) {
      const at = now();
      const slot = slotAfter(reservedArrival, at);
      if (slot <= at && waiting.length === 0) {
        reservedArrival = Math.max(reservedArrival, at) + interval;
        releasedArrival = reservedArrival;
        return undefined;
      }
      if (slot >= turn.deadlineAt) throw tooLate(turn);
      reservedArrival = Math.max(reservedArrival, slot) + interval;
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { turn, slot, resolve, reject, onAbort: undefined };
        const signal = turn.signal;
        if (signal !== undefined) {
          waiter.onAbort = () => {
            const index = waiting.indexOf(waiter);
            if (index === -1) return;
            waiting.splice(index, 1);
            reject(
              new SmsError(
                `The call to ${provider} was aborted while it waited for the rate limit (${described}); nothing was sent.`,
                { code: 'ABORTED', provider, outcome: 'not-sent', retryable: false, cause: signal.reason },
              ),
            );
            // Its turn goes to the requests behind it.
            reschedule();
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        waiting.push(waiter);
        if (waiting.length === 1) arm();
      });
    },
    pause(ms) {
      const until = now() + ms;
      if (!(until > pausedUntil)) return;
      pausedUntil = until;
      reschedule();
    },
    close() {
      const left = waiting.splice(0, waiting.length);
      arm();
      for (const waiter of left) {
        settle(waiter);
        waiter.reject(
          new SmsError(
            `This ${provider} provider was closed while the request waited for its rate limit; nothing was sent. Create a new provider to send again.`,
            { code: 'NETWORK', provider, outcome: 'not-sent', retryable: false },
          ),
        );
      }
    },
  };
}
