import { assertCountryCode } from '../phone/assert-country-code';
import { normalizePhoneNumber, type CountryCode } from '../phone/normalize-phone-number';
import { unchangedE164PatternOf } from '../phone/unchanged-e164-pattern';
import { recipientError, recipientListOf } from './recipient-list-of';

/**
 * Turns a message's `to` (one number or a list, in any notation) into a list of normalised numbers before
 * any request, or throws naming the provider and the offending value: `INVALID_RECIPIENT` for a string that
 * is not a phone number, `INVALID_INPUT` for a `to` that is missing, an empty list or not made of strings.
 */
export function prepareRecipients(
  to: string | readonly string[],
  provider: string | undefined,
  defaultCountry?: CountryCode,
): string[] {
  const list = recipientListOf(to, provider);
  if (defaultCountry !== undefined)
    assertCountryCode(defaultCountry, `prepareRecipients${provider === undefined ? '' : ` for ${provider}`}`);
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
      const input = list[index];
      normalized[index] =
        unchanged !== undefined && typeof input === 'string' && unchanged.test(input)
          ? input
          : normalizePhoneNumber(input as string, options);
    }
  } catch (error) {
    throw recipientError(error, index, list.length, provider);
  }
  return normalized;
}
