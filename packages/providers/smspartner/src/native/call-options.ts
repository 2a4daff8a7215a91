import type { CallOptions, HttpRequest } from '@sms/core';

/** The parts of `CallOptions` an HTTP request takes, without `undefined` keys. */
export function requestOptionsOf(options: CallOptions | undefined): Pick<HttpRequest, 'signal' | 'timeoutMs'> {
  const result: Pick<HttpRequest, 'signal' | 'timeoutMs'> = {};
  if (options?.signal !== undefined) result.signal = options.signal;
  if (options?.timeoutMs !== undefined) result.timeoutMs = options.timeoutMs;
  return result;
}
