import type { CallOptions } from '../model/call-options';
import { describeValue } from './describe-value';
import { invalidInput, isObject } from './invalid-input';
import { forProvider } from './recipient-list-of';

// Node's timers hold a signed 32-bit number of milliseconds (about 24.8 days); a longer timeout fires at once.
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** A deadline the SDK accepts: a whole number of milliseconds from 1 to 2,147,483,647 (it cannot be turned off). */
export function isTimeoutMs(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_TIMEOUT_MS;
}

/**
 * Refuses call options of the wrong type before any request, with `INVALID_INPUT`: options that are not an
 * object, a `signal` that is not an `AbortSignal` (`AbortSignal.any` takes no look-alike), a `timeoutMs` that
 * is not a whole number of milliseconds from 1 to 2,147,483,647 (what Node's timers keep; a deadline cannot be
 * turned off).
 */
export function assertCallOptions(options: unknown, provider?: string): asserts options is CallOptions | undefined {
  if (options === undefined) return;
  if (!isObject(options))
    throw invalidInput(
      `Call options${forProvider(provider)} must be an object such as { signal, timeoutMs }, not ${describeValue(options)}.`,
      provider,
    );
  const { signal, timeoutMs } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalidInput(
      `\`signal\`${forProvider(provider)} must be an AbortSignal (from an AbortController or AbortSignal.timeout()), not ${describeValue(signal)}.`,
      provider,
    );
  }
  if (timeoutMs !== undefined && !isTimeoutMs(timeoutMs)) {
    throw invalidInput(
      `\`timeoutMs\`${forProvider(provider)} must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS} (the deadline cannot be turned off), not ${describeValue(timeoutMs)}.`,
      provider,
    );
  }
}
