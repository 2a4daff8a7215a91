import { invalidPhoneNumber } from './invalid-phone-number';

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
// Spaces of every kind, bidi marks that Persian keyboards insert, dashes, dots, slashes and parentheses.
const SEPARATORS = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\-\u2010-\u2015\u2212.()/]/g;

/** A number written with ASCII digits only and an optional leading `+`: nothing to clean. */
export const PLAIN_PHONE_NUMBER = /^\+?\d+$/;

function toAsciiDigits(value: string): string {
  return value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}

/**
 * A phone number as written by a person (`۰۹۱۲ ۱۲۳-۴۵۶۷`, `+33 (6) 12.34`) reduced to ASCII digits with an
 * optional leading `+`, or `INVALID_RECIPIENT` when it is empty or holds anything else.
 */
export function compactPhoneNumber(input: string): string {
  const compact = toAsciiDigits(input).replace(SEPARATORS, '');
  if (compact === '') throw invalidPhoneNumber(input, 'it is empty');
  if (!PLAIN_PHONE_NUMBER.test(compact)) throw invalidPhoneNumber(input, 'only digits, spaces, dashes, parentheses and a leading + are allowed');
  return compact;
}
