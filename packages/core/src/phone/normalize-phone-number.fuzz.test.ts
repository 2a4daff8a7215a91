import fc from 'fast-check';
import { isSupportedCountry } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { anything, countryLike, fuzzName, fuzzSettings, mostly, phoneLike } from '../testing/fuzz-inputs';
import { normalizePhoneNumber } from './normalize-phone-number';

// E.164, or a sender line / short code as bare digits.
const NORMALISED = /^(?:\+[1-9]\d{6,14}|[1-9]\d{3,13})$/;

describe('normalizePhoneNumber on arbitrary input', () => {
  it(
    fuzzName(
      'returns E.164 or a bare line, or throws INVALID_RECIPIENT for a string and INVALID_INPUT for anything else',
    ),
    () => {
      const optionsLike = fc.oneof(
        fc.constant(undefined),
        fc.record({ defaultCountry: countryLike }, { requiredKeys: [] }),
        anything,
      );
      fc.assert(
        fc.property(mostly(phoneLike), optionsLike, (input, options) => {
          const country = (options as { defaultCountry?: unknown } | undefined)?.defaultCountry;
          const optionsValid =
            options === undefined ||
            (typeof options === 'object' &&
              options !== null &&
              (country === undefined || (typeof country === 'string' && isSupportedCountry(country))));
          let normalized: string;
          try {
            normalized = normalizePhoneNumber(input as string, options as never);
          } catch (error) {
            expect(SmsError.isInstance(error), `not an SmsError: ${String(error)}`).toBe(true);
            expect((error as SmsError).code).toBe(
              optionsValid && typeof input === 'string' ? 'INVALID_RECIPIENT' : 'INVALID_INPUT',
            );
            expect((error as SmsError).outcome).toBe('not-sent');
            return;
          }
          expect(optionsValid && typeof input === 'string').toBe(true);
          expect(normalized).toMatch(NORMALISED);
          // Idempotent: what it returns is accepted and returned unchanged.
          expect(normalizePhoneNumber(normalized, options as never)).toBe(normalized);
        }),
        fuzzSettings,
      );
    },
  );
});
