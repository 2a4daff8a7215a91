import { SmsError } from '../errors/sms-error';
import { describeValue } from '../validation/describe-value';

/**
 * The error for a value that is not a phone number, by the one rule of the SDK: a string that cannot be a
 * phone number is `INVALID_RECIPIENT`; a value that is not a string at all is `INVALID_INPUT`, like every
 * other wrong-typed input. Both are `not-sent` and not retryable.
 */
export function invalidPhoneNumber(input: unknown, reason: string): SmsError {
  const code = typeof input === 'string' ? 'INVALID_RECIPIENT' : 'INVALID_INPUT';
  return new SmsError(`${describeValue(input)} is not a valid phone number: ${reason}`, {
    code,
    outcome: 'not-sent',
    retryable: false,
  });
}
