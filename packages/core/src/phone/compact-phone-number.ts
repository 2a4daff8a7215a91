import { toLatinDigits } from '../text/to-latin-digits';
import { invalidPhoneNumber } from './invalid-phone-number';

// Spaces of every kind, bidi marks that Persian keyboards insert, dashes, dots, slashes and parentheses.
const SEPARATORS = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\-\u2010-\u2015\u2212.()/]/g;

/** A number written with ASCII digits only and an optional leading `+`: nothing to clean. */
export const PLAIN_PHONE_NUMBER = /^\+?\d+$/;

/**
 * A phone number as written by a person (`۰۹۱۲ ۱۲۳-۴۵۶۷`, `+33 (6) 12.34`) reduced to ASCII digits with an
 * optional leading `+`, or `INVALID_RECIPIENT` when it is empty or holds anything else.
 */
export function compactPhoneNumber(input: string): string {
  const compact = toLatinDigits(input).replace(SEPARATORS, '');
  if (compact === '') throw invalidPhoneNumber(input, 'it is empty');
  if (!PLAIN_PHONE_NUMBER.test(compact))
    throw invalidPhoneNumber(input, 'only digits, spaces, dashes, parentheses and a leading + are allowed');
  return compact;
}
