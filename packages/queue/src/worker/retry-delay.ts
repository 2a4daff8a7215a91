import type { SmsError } from '@sms/core';
import type { SmsWorkerOptions } from './sms-worker-types';

/** The wait before retrying a refused send: the backoff, or the provider's `Retry-After` when longer. */
export function retryDelay(backoff: SmsWorkerOptions['backoff'], refusals: number, error: SmsError): number {
  let delay: number;
  if (typeof backoff === 'function') delay = backoff(refusals, error);
  else {
    const first = backoff?.delayMs ?? 1000;
    const multiplier = backoff?.multiplier ?? 2;
    const max = backoff?.maxDelayMs ?? 60_000;
    delay = Math.min(max, first * multiplier ** (refusals - 1));
  }
  const safe = Number.isFinite(delay) && delay > 0 ? delay : 0;
  return Math.max(safe, error.retryAfterMs ?? 0);
}
