import { SmsError } from '../errors/sms-error';
import { normalizePhoneNumber, type CountryCode } from '../phone/normalize-phone-number';
import { unchangedE164PatternOf } from '../phone/unchanged-e164-pattern';

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
  // A 100,000-recipient send checks every number before its first request goes out, and that time is time
  // the provider is idle. Such lists are mostly E.164 numbers of one country: one pattern test settles each
  // of them (a number the pattern does not take is normalised in full), in a loop with one try around it.
  const first = list[0];
  const unchanged = list.length > 1 && typeof first === 'string' ? unchangedE164PatternOf(first) : undefined;
  let index = 0;
  try {
    for (; index < list.length; index += 1) {
      const input = list[index]!;
      normalized[index] = unchanged !== undefined && typeof input === 'string' && unchanged.test(input) ? input : normalizePhoneNumber(input, options);
    }
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
