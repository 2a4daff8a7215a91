import type { SmsError } from '../../errors/sms-error';
import type { SmsErrorCode } from '../../errors/sms-error-code';
import { ERROR_CODE_STATUSES, UNKNOWN_CODE_ANSWER } from './error-code-statuses';

/** The HTTP status this package answers an `SmsError` with (see the README's status table). */
export function statusForSmsError(error: Pick<SmsError, 'code'>): number {
  return (ERROR_CODE_STATUSES[error.code as SmsErrorCode] ?? UNKNOWN_CODE_ANSWER).status;
}
