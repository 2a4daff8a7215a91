/** Stable error codes: branch on these, never on messages. */
export type SmsErrorCode =
  | 'INVALID_INPUT'
  | 'UNSUPPORTED'
  | 'AUTHENTICATION'
  | 'PERMISSION'
  | 'INSUFFICIENT_CREDIT'
  | 'RATE_LIMITED'
  | 'INVALID_RECIPIENT'
  | 'INVALID_SENDER'
  | 'TEMPLATE'
  | 'NOT_FOUND'
  | 'CANCEL_WINDOW_PASSED'
  | 'PROVIDER_ERROR'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'ABORTED'
  | 'BAD_RESPONSE';

/**
 * Could the message have gone out? `not-sent`: the provider provably did not act on the request (it refused
 * it, or it never reached the provider), so sending again or elsewhere is safe. `unknown`: it may have gone
 * out (timeout after the request was written, 5xx, connection reset, unreadable answer); sending again may
 * send it twice.
 */
export type SendOutcome = 'not-sent' | 'unknown';

const UNKNOWN_BY_DEFAULT: ReadonlySet<SmsErrorCode> = new Set(['PROVIDER_ERROR', 'TIMEOUT', 'NETWORK', 'BAD_RESPONSE']);
const RETRYABLE_BY_DEFAULT: ReadonlySet<SmsErrorCode> = new Set([
  'RATE_LIMITED',
  'PROVIDER_ERROR',
  'TIMEOUT',
  'NETWORK',
]);

export function defaultOutcome(code: SmsErrorCode): SendOutcome {
  return UNKNOWN_BY_DEFAULT.has(code) ? 'unknown' : 'not-sent';
}

export function isRetryableByDefault(code: SmsErrorCode): boolean {
  return RETRYABLE_BY_DEFAULT.has(code);
}
