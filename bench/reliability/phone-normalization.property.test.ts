import { normalizePhoneNumber, SmsError, type CountryCode } from '@sms/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect } from './support/collected-evidence';

// normalizePhoneNumber on anything a caller could pass: it returns a normalised number or throws an
// SmsError, never anything else, and its output is a fixed point (normalising it again changes nothing).
const RUNS = 10_000;

const COUNTRIES: readonly (CountryCode | undefined)[] = [undefined, 'IR', 'FR', 'US', 'DE', 'GB', 'AE'];
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const SEPARATORS = [' ', '-', '.', '(', ')', '/', '\u00a0', '\u200c', '\u200f', '\u2010', '\u2212', '\t'];

/** Strings shaped like phone numbers: prefixes, digits in three scripts, separators, sometimes a stray character. */
const phoneLike = fc
  .tuple(
    fc.constantFrom('', '+', '00', '0', '+98', '0098', '98', '+33', '0033', '+1', '09', '06', '+۹۸', '۰۹'),
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...'0123456789') },
        { weight: 2, arbitrary: fc.constantFrom(...PERSIAN_DIGITS, ...ARABIC_INDIC_DIGITS) },
        { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
        { weight: 1, arbitrary: fc.constantFrom('+', 'a', 'x', '#', '*', ',', 'e', '٫') },
      ),
      { minLength: 0, maxLength: 20 },
    ),
  )
  .map(([prefix, parts]) => prefix + parts.join(''));

/** Real-looking numbers of the notations the SDK promises to read. */
const knownGood = fc.oneof(
  fc.integer({ min: 0, max: 9_999_999 }).map((serial) => `0912${String(serial).padStart(7, '0')}`),
  fc.integer({ min: 0, max: 9_999_999 }).map((serial) => `+98 935 ${String(serial).padStart(7, '0')}`),
  fc.integer({ min: 0, max: 99_999_999 }).map((serial) => `+33 6 ${String(serial).padStart(8, '0')}`),
  fc.integer({ min: 1000, max: 99_999_999 }).map((serial) => `1000${serial}`),
);

const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: phoneLike },
  { weight: 2, arbitrary: knownGood },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: ordinaryNonString() },
);

/**
 * Values of the wrong type a caller could pass by mistake. Objects keep ordinary keys: those whose
 * toString or valueOf is overridden with a non-function are the known bug tested separately below.
 */
function ordinaryNonString(): fc.Arbitrary<unknown> {
  const key = fc.string().filter((name) => !['toString', 'valueOf', '__proto__', 'constructor'].includes(name));
  return fc.oneof(
    fc.integer(),
    fc.double(),
    fc.bigInt(),
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.date(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(key, fc.oneof(fc.string(), fc.integer()), { maxKeys: 3, noNullPrototype: true }),
  );
}

// libphonenumber accepts some short national numbers (+98 9000 is valid for it), so only the E.164 shape is checked.
const E164 = /^\+[1-9]\d{3,14}$/;
// Sender lines and short codes come back as bare digits.
const LINE_OR_SHORT_CODE = /^[1-9]\d{3,13}$/;

describe('normalizePhoneNumber (property, 10,000 cases each)', () => {
  it('never throws anything but an SmsError (INVALID_RECIPIENT for a string, INVALID_INPUT for any other type), and its output is E.164 or a bare line', () => {
    let normalised = 0;
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...COUNTRIES), (input, defaultCountry) => {
        let output: string;
        try {
          output = normalizePhoneNumber(input as string, defaultCountry === undefined ? {} : { defaultCountry });
        } catch (error) {
          // The SDK's rule for a bad recipient: a string that is no phone number is INVALID_RECIPIENT, a value of
          // the wrong type INVALID_INPUT.
          const expected = typeof input === 'string' ? 'INVALID_RECIPIENT' : 'INVALID_INPUT';
          if (!SmsError.isInstance(error) || error.code !== expected) {
            collect('normalizePhoneNumber unexpected throw', error);
            throw new Error(`threw ${String(error)} for ${JSON.stringify(input)}`, { cause: error });
          }
          return;
        }
        normalised += 1;
        expect(typeof output).toBe('string');
        expect(
          E164.test(output) || LINE_OR_SHORT_CODE.test(output),
          `${JSON.stringify(input)} → ${JSON.stringify(output)}`,
        ).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // The generators must reach the success path often, or the property above says little.
    expect(normalised).toBeGreaterThan(RUNS / 10);
  });

  // Found by the property above with fc.object(): String() of a null-prototype object (as querystring.parse()
  // returns) or of `{ toString: false }` throws a TypeError; the error message must still be built safely.
  it('never throws anything but SmsError for objects without a usable toString', () => {
    for (const input of [Object.create(null) as unknown, { toString: false }, { valueOf: 1, toString: 2 }]) {
      let thrown: unknown;
      try {
        normalizePhoneNumber(input as string);
      } catch (error) {
        thrown = error;
      }
      expect(
        SmsError.isInstance(thrown),
        `${String((thrown as Error | undefined)?.name)} for ${Object.keys(input as object).join(',')}`,
      ).toBe(true);
    }
  });

  it('is idempotent on its output, with or without the default country', () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, knownGood), fc.constantFrom(...COUNTRIES), (input, defaultCountry) => {
        const options = defaultCountry === undefined ? {} : { defaultCountry };
        let once: string;
        try {
          once = normalizePhoneNumber(input, options);
        } catch (error) {
          expect(SmsError.isInstance(error)).toBe(true);
          return;
        }
        expect(normalizePhoneNumber(once, options)).toBe(once);
        expect(normalizePhoneNumber(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads Persian and Arabic-Indic digits exactly like ASCII digits', () => {
    const toScript = (text: string, digits: string) => text.replace(/\d/g, (digit) => digits[Number(digit)]!);
    fc.assert(
      fc.property(
        knownGood,
        fc.constantFrom(PERSIAN_DIGITS, ARABIC_INDIC_DIGITS),
        fc.constantFrom(...COUNTRIES),
        (input, digits, defaultCountry) => {
          const options = defaultCountry === undefined ? {} : { defaultCountry };
          const outcome = (value: string) => {
            try {
              return normalizePhoneNumber(value, options);
            } catch (error) {
              return SmsError.isInstance(error) ? `SmsError ${error.code}` : `other ${String(error)}`;
            }
          };
          expect(outcome(toScript(input, digits))).toBe(outcome(input));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
