import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { normalizePhoneNumber } from '../phone/normalize-phone-number';
import { anything, fuzzName, fuzzSettings, mostly, phoneLike } from '../testing/fuzz-inputs';
import { prepareRecipients } from './prepare-recipients';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as SmsError).code;
  }
}

describe('prepareRecipients on arbitrary input', () => {
  it(
    fuzzName(
      'normalises each number like normalizePhoneNumber, or throws INVALID_RECIPIENT / INVALID_INPUT naming the provider',
    ),
    () => {
      const toLike = fc.oneof(
        phoneLike,
        fc.array(mostly(phoneLike), { maxLength: 5 }),
        fc.array(fc.constantFrom('+989121234567', '+989351234567', '+989000123456'), { minLength: 2, maxLength: 5 }),
        anything,
      );
      fc.assert(
        fc.property(toLike, fc.constantFrom('IR', 'FR', undefined), (to, country) => {
          let prepared: string[];
          try {
            prepared = prepareRecipients(to as never, 'test', country);
          } catch (error) {
            expect(SmsError.isInstance(error), `not an SmsError: ${String(error)}`).toBe(true);
            expect((error as SmsError).provider).toBe('test');
            // The code of the first recipient that fails alone; a `to` that is not a non-empty list is of the wrong type.
            const list: unknown[] = typeof to === 'string' ? [to] : Array.isArray(to) ? Array.from(to) : [];
            const first = list
              .map((item) =>
                codeOf(() =>
                  normalizePhoneNumber(item as string, country === undefined ? {} : { defaultCountry: country }),
                ),
              )
              .find((code) => code !== undefined);
            expect((error as SmsError).code).toBe(first ?? 'INVALID_INPUT');
            return;
          }
          const list = typeof to === 'string' ? [to] : (to as string[]);
          expect(prepared).toEqual(
            list.map((number) =>
              normalizePhoneNumber(number, country === undefined ? {} : { defaultCountry: country }),
            ),
          );
        }),
        fuzzSettings,
      );
    },
  );
});
