import type { CountryCode } from 'libphonenumber-js';
import { SmsError } from '../errors/sms-error';
import { IRANIAN_LINE } from './iranian-line';
import { isSurelyValidE164 } from './is-surely-valid-e164';
import { unchangedE164PatternOf } from './unchanged-e164-pattern';
import { loadPhoneLibrary } from './load-phone-library';

export type { CountryCode };

export interface NormalizePhoneNumberOptions {
  /** The country of numbers written in national notation (`09…` → `IR`, `06…` → `FR`). */
  defaultCountry?: CountryCode;
}

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
// Spaces of every kind, bidi marks that Persian keyboards insert, dashes, dots, slashes and parentheses.
const SEPARATORS = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\-\u2010-\u2015\u2212.()/]/g;
// Already written with ASCII digits only: nothing to clean.
const PLAIN = /^\+?\d+$/;
// A short code as an operator assigns it: 4 to 6 digits, no leading zero (e.g. SMS Partner's 36xxx).
const SHORT_CODE = /^[1-9]\d{3,5}$/;

function toAsciiDigits(value: string): string {
  return value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}

function describe(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  try {
    return String(input);
  } catch {
    // Objects without a usable toString (a null prototype, a throwing toString) still get a clear error.
    return Object.prototype.toString.call(input);
  }
}

function invalid(input: unknown, reason: string): SmsError {
  const shown = describe(input);
  return new SmsError(`${shown} is not a valid phone number: ${reason}`, { code: 'INVALID_INPUT' });
}

/**
 * Normalises a phone number written in any common notation to E.164 (`+989121234567`). Accepts `+…`,
 * `00…`, national notation with `defaultCountry`, Persian (۰–۹) and Arabic-Indic (٠–٩) digits, spaces,
 * dashes and parentheses. Sender lines and short codes (`10008566`, `+9810008566`, `36123`) come back as the
 * bare line. Anything else throws `SmsError` with code `INVALID_INPUT` naming the value.
 */
export function normalizePhoneNumber(input: string, options: NormalizePhoneNumberOptions = {}): string {
  if (typeof input !== 'string') throw invalid(input, 'expected a string');
  // Most recipients of large sends arrive in E.164 already: one pattern test and the number comes back as it
  // is. The same pattern checks whole lists in prepareRecipients, so the two cannot disagree.
  if (input.startsWith('+') && unchangedE164PatternOf(input)?.test(input) === true) return input;
  let compact = input;
  // Plain input (digits, a leading +) is tested once; only written-out numbers are cleaned and tested again.
  if (!PLAIN.test(input)) {
    compact = toAsciiDigits(input).replace(SEPARATORS, '');
    if (compact === '') throw invalid(input, 'it is empty');
    if (!PLAIN.test(compact)) throw invalid(input, 'only digits, spaces, dashes, parentheses and a leading + are allowed');
  }

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
export function normalizeWithLibrary(input: unknown, international: string, defaultCountry: CountryCode | undefined): string {
  if (!international.startsWith('+') && defaultCountry === undefined) {
    throw invalid(input, 'write it in international form (+…) or pass defaultCountry for national numbers');
  }
  const parsed = loadPhoneLibrary().parsePhoneNumberFromString(international, defaultCountry);
  if (parsed === undefined || !parsed.isValid()) {
    throw invalid(input, defaultCountry === undefined ? 'no such number in any country' : `no such number in ${defaultCountry} or abroad`);
  }
  return parsed.number;
}
