import { SmsError } from '../errors/sms-error';
import { describeValue } from '../validation/describe-value';
import { loadPhoneLibrary } from './load-phone-library';
import type { CountryCode } from './normalize-phone-number';

// Most programs use one country: it is looked up once, then recognised by a comparison.
let lastKnown: string | undefined;

/**
 * Refuses a `defaultCountry` that libphonenumber-js does not know (`42`, `'XX'`, `'ir'`) with `INVALID_INPUT`:
 * it would otherwise make every national number fail as if the number were wrong, or throw a plain `Error`.
 */
export function assertCountryCode(value: unknown, where: string): asserts value is CountryCode {
  if (value === lastKnown && value !== undefined) return;
  if (typeof value !== 'string' || !loadPhoneLibrary().isSupportedCountry(value)) {
    throw new SmsError(
      `${where}: defaultCountry must be an ISO 3166 country code in upper case, such as 'IR' or 'FR'; got ${describeValue(value)}.`,
      {
        code: 'INVALID_INPUT',
      },
    );
  }
  lastKnown = value;
}
