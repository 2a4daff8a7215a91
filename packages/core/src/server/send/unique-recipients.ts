import { normalizePhoneNumber, type CountryCode } from '../../phone/normalize-phone-number';

/**
 * The recipients with each number once, in first-seen order: numbers are compared in E.164, so `+98 912…`,
 * `0098912…` and `+98912…` are one recipient (and `0912…` too, given `defaultCountry: 'IR'`). A number that
 * does not normalise (national without a country, or not a phone number) is compared as written; the send
 * itself judges it.
 */
export function uniqueRecipients(numbers: readonly string[], defaultCountry: CountryCode | undefined): string[] {
  if (numbers.length < 2) return [...numbers];
  const options = defaultCountry === undefined ? {} : { defaultCountry };
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const number of numbers) {
    let key: string;
    try {
      key = normalizePhoneNumber(number, options);
    } catch {
      key = number.trim();
    }
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(number);
  }
  return unique;
}
