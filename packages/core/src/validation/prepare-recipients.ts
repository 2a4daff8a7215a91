import { SmsError } from '../errors/sms-error';
import { normalizePhoneNumber, type CountryCode } from '../phone/normalize-phone-number';

/**
 * Turns a message's `to` (one number or a list, in any notation) into a list of normalised numbers, or
 * throws `INVALID_INPUT` before any request, naming the provider and the offending value.
 */
export function prepareRecipients(to: string | readonly string[], provider: string, defaultCountry?: CountryCode): string[] {
  const list = typeof to === 'string' ? [to] : to;
  if (!Array.isArray(list) || list.length === 0) {
    throw new SmsError(`No recipient given to ${provider}: pass \`to\` as a phone number or a non-empty list. Nothing was sent.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  const options = defaultCountry === undefined ? {} : { defaultCountry };
  const normalized = new Array<string>(list.length);
  // One try around the loop rather than one per number: a 100,000-recipient send normalises every number
  // before its first request goes out.
  let index = 0;
  try {
    for (; index < list.length; index += 1) normalized[index] = normalizePhoneNumber(list[index]!, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = list.length > 1 ? ` (recipient ${index + 1} of ${list.length})` : '';
    throw new SmsError(`Invalid recipient for ${provider}${position}: ${reason}. Nothing was sent.`, {
      code: 'INVALID_RECIPIENT',
      provider,
      outcome: 'not-sent',
      retryable: false,
    });
  }
  return normalized;
}
