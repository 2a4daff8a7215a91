import type { SmsError, SmsErrorCode } from '@sms/core';
import { ERROR_CODE_STATUSES, UNKNOWN_CODE_ANSWER } from './error-code-statuses';

/** The HTTP status this package answers an `SmsError` with (see the README's status table). */
export function statusForSmsError(error: Pick<SmsError, 'code'>): number {
  return (ERROR_CODE_STATUSES[error.code as SmsErrorCode] ?? UNKNOWN_CODE_ANSWER).status;
}
