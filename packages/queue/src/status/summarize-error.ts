import { SmsError } from '@sms/core';
import type { SmsErrorSummary } from './sms-job-status';

/** The parts of an error worth keeping in Redis; the provider's answer body is left out. */
export function summarizeError(error: unknown): SmsErrorSummary {
  if (!SmsError.isInstance(error))
    return {
      code: 'PROVIDER_ERROR',
      message: `The send failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      // Nothing says the request did not go out.
      outcome: 'unknown',
      retryable: false,
    };
  const summary: SmsErrorSummary = {
    code: error.code,
    message: error.message,
    outcome: error.outcome,
    retryable: error.retryable,
  };
  if (error.provider !== undefined) summary.provider = error.provider;
  if (error.providerCode !== undefined) summary.providerCode = error.providerCode;
  if (error.statusCode !== undefined) summary.statusCode = error.statusCode;
  if (error.retryAfterMs !== undefined) summary.retryAfterMs = error.retryAfterMs;
  return summary;
}
