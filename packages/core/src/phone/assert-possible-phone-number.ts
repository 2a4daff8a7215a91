import { compactPhoneNumber, PLAIN_PHONE_NUMBER } from './compact-phone-number';
import { invalidPhoneNumber } from './invalid-phone-number';
import { normalizePhoneNumber } from './normalize-phone-number';

// A number in national notation, in some country: 4 to 17 digits of national number (the shortest and
// longest in libphonenumber-js's metadata), maybe after a one-digit trunk prefix. Lines and short codes fit too.
const NATIONAL_NUMBER = /^\d{4,18}$/;

/**
 * Refuses what cannot be a phone number in any country, for a caller that does not know the country of
 * national numbers (a client without `defaultCountry`, whose providers each read them in their own country):
 * international notations (`+…`, `00…`) are checked in full, national ones for their digits and length, and
 * the provider that sends them decides the rest. Same codes as `normalizePhoneNumber`.
 */
export function assertPossiblePhoneNumber(input: unknown): void {
  if (typeof input !== 'string') throw invalidPhoneNumber(input, 'expected a string');
  const compact = PLAIN_PHONE_NUMBER.test(input) ? input : compactPhoneNumber(input);
  if (compact.startsWith('+') || compact.startsWith('00')) {
    normalizePhoneNumber(input);
    return;
  }
  if (!NATIONAL_NUMBER.test(compact)) {
    throw invalidPhoneNumber(
      input,
      `${compact.length} digits is too ${compact.length < 4 ? 'short' : 'long'} for a phone number of any country`,
    );
  }
}
