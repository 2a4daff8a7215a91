import { SmsError } from '../errors/sms-error';
import { describeValue } from './describe-value';

/** ` for ghasedak`, or nothing when the check is not a provider's (the client's own checks). */
export function forProvider(provider: string | undefined): string {
  return provider === undefined ? '' : ` for ${provider}`;
}

/** A message's `to` as a list: one number or a non-empty list, else `INVALID_INPUT` before any request. */
export function recipientListOf(to: unknown, provider: string | undefined): readonly unknown[] {
  if (typeof to === 'string') return [to];
  if (Array.isArray(to) && to.length > 0) return to;
  const problem =
    to === undefined || (Array.isArray(to) && to.length === 0)
      ? `No recipient given${provider === undefined ? '' : ` to ${provider}`}`
      : `\`to\`${forProvider(provider)} is ${describeValue(to)}`;
  throw new SmsError(
    `${problem}: pass \`to\` as a phone number (a string) or a non-empty list of them. Nothing was sent.`,
    {
      code: 'INVALID_INPUT',
      ...(provider === undefined ? {} : { provider }),
    },
  );
}

/**
 * The error for the recipient at `index` of `count`, naming its position in a list. It keeps the code of the
 * phone number check: `INVALID_RECIPIENT` for a string that is not a phone number, `INVALID_INPUT` for a value
 * that is not a string.
 */
export function recipientError(error: unknown, index: number, count: number, provider: string | undefined): SmsError {
  const reason = error instanceof Error ? error.message : String(error);
  const position = count > 1 ? ` (recipient ${index + 1} of ${count})` : '';
  return new SmsError(`Invalid recipient${forProvider(provider)}${position}: ${reason}. Nothing was sent.`, {
    code: SmsError.isInstance(error) ? error.code : 'INVALID_RECIPIENT',
    ...(provider === undefined ? {} : { provider }),
    outcome: 'not-sent',
    retryable: false,
  });
}
