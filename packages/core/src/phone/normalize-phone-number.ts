import type { CountryCode } from 'libphonenumber-js';
import { SmsError } from '../errors/sms-error';
import { assertCountryCode } from './assert-country-code';
import { compactPhoneNumber, PLAIN_PHONE_NUMBER } from './compact-phone-number';
import { invalidPhoneNumber } from './invalid-phone-number';
import { IRANIAN_LINE } from './iranian-line';
import { isSurelyValidE164 } from './is-surely-valid-e164';
import { unchangedE164PatternOf } from './unchanged-e164-pattern';
import { loadPhoneLibrary } from './load-phone-library';

export type { CountryCode };

export interface NormalizePhoneNumberOptions {
  /** The country of numbers written in national notation (`09…` → `IR`, `06…` → `FR`). */
  defaultCountry?: CountryCode;
}

// A short code as an operator assigns it: 4 to 6 digits, no leading zero (e.g. SMS Partner's 36xxx).
const SHORT_CODE = /^[1-9]\d{3,5}$/;

/**
 * Normalises a phone number written in any common notation to E.164 (`+989121234567`). Accepts `+…`,
 * `00…`, national notation with `defaultCountry`, Persian (۰–۹) and Arabic-Indic (٠–٩) digits, spaces,
 * dashes and parentheses. Sender lines and short codes (`10008566`, `+9810008566`, `36123`) come back as the
 * bare line. A string that is not a phone number throws `SmsError` with code `INVALID_RECIPIENT` naming
 * the value; a value that is not a string, or a `defaultCountry` that is no country, `INVALID_INPUT`.
 */
export function normalizePhoneNumber(input: string, options: NormalizePhoneNumberOptions = {}): string {
  if (typeof options !== 'object' || options === null) {
    throw new SmsError("normalizePhoneNumber: options must be an object such as { defaultCountry: 'IR' }.", {
      code: 'INVALID_INPUT',
    });
  }
  if (options.defaultCountry !== undefined) assertCountryCode(options.defaultCountry, 'normalizePhoneNumber');
  if (typeof input !== 'string') throw invalidPhoneNumber(input, 'expected a string');
  // Most recipients of large sends arrive in E.164 already: one pattern test and the number comes back as it
  // is. The same pattern checks whole lists in prepareRecipients, so the two cannot disagree.
  if (input.startsWith('+') && unchangedE164PatternOf(input)?.test(input) === true) return input;
  // Plain input (digits, a leading +) is tested once; only written-out numbers are cleaned and tested again.
  const compact = PLAIN_PHONE_NUMBER.test(input) ? input : compactPhoneNumber(input);

  const line = IRANIAN_LINE.exec(compact);
  if (line?.[1] !== undefined) return line[1];
  if (SHORT_CODE.test(compact)) return compact;

  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const fast = fastCandidate(international, options.defaultCountry);
  if (fast !== undefined && isSurelyValidE164(fast)) return fast;
  return normalizeWithLibrary(input, international, options.defaultCountry);
}

// The notations that need no parsing: E.164 already, and Iranian mobiles written nationally (09…, 9…, 989…).
const IRANIAN_MOBILE = /^(?:0|98)?(9\d{9})$/;

function fastCandidate(international: string, defaultCountry: CountryCode | undefined): string | undefined {
  if (international.startsWith('+')) return international;
  if (defaultCountry !== 'IR') return undefined;
  const mobile = IRANIAN_MOBILE.exec(international)?.[1];
  return mobile === undefined ? undefined : `+98${mobile}`;
}

/** The general path, through libphonenumber-js. Exported for the test that checks the fast path agrees with it. */
export function normalizeWithLibrary(
  input: unknown,
  international: string,
  defaultCountry: CountryCode | undefined,
): string {
  if (!international.startsWith('+') && defaultCountry === undefined) {
    throw invalidPhoneNumber(input, 'write it in international form (+…) or pass defaultCountry for national numbers');
  }
  const parsed = loadPhoneLibrary().parsePhoneNumberFromString(international, defaultCountry);
  if (parsed === undefined || !parsed.isValid()) {
    throw invalidPhoneNumber(
      input,
      defaultCountry === undefined ? 'no such number in any country' : `no such number in ${defaultCountry} or abroad`,
    );
  }
  return parsed.number;
}
