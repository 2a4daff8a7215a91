import type { SmsError } from '../errors/sms-error';
import type { SmsErrorCode } from '../errors/sms-error-code';
import type { FailoverPolicy } from './sms-client-types';

// Refusals that are about this provider (its account, its credit, its lines, its abilities), so another
// provider may well succeed. Invalid input or a caller's abort would fail everywhere.
const PROVIDER_SPECIFIC: ReadonlySet<SmsErrorCode> = new Set([
  'AUTHENTICATION',
  'PERMISSION',
  'INSUFFICIENT_CREDIT',
  'RATE_LIMITED',
  'INVALID_SENDER',
  'INVALID_RECIPIENT',
  'UNSUPPORTED',
  'TEMPLATE',
  'PROVIDER_ERROR',
  'NETWORK',
  'TIMEOUT',
  'BAD_RESPONSE',
]);

/** Money safety: may the client try the next provider after this error without risking a duplicate? */
export function shouldFailOver(error: SmsError, policy: FailoverPolicy): boolean {
  if (policy === 'never' || !PROVIDER_SPECIFIC.has(error.code)) return false;
  // A partly sent request is never repeated elsewhere, whatever the policy: its recipients that got the
  // message would get it twice.
  if (error.result !== undefined) return false;
  return policy === 'always' || error.outcome === 'not-sent';
}
