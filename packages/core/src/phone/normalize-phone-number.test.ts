import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { formatNationalNumber } from './format-national-number';
import { normalizePhoneNumber } from './normalize-phone-number';

describe('normalizePhoneNumber', () => {
  describe('every recipient notation of the SMSAfzar seed', () => {
    it.each([['09121234567'], ['9121234567'], ['00989121234567'], ['+989121234567'], ['989121234567']])(
      '%s → +989121234567',
      (input) => {
        expect(normalizePhoneNumber(input, { defaultCountry: 'IR' })).toBe('+989121234567');
      },
    );

    it('accepts the international notations without a default country', () => {
      expect(normalizePhoneNumber('+989121234567')).toBe('+989121234567');
      expect(normalizePhoneNumber('00989121234567')).toBe('+989121234567');
    });
  });

  describe('every sender notation of the SMSAfzar seed is kept as the bare line', () => {
    it.each([['10008566'], ['009810008566'], ['+9810008566'], ['9810008566']])('%s → 10008566', (input) => {
      expect(normalizePhoneNumber(input)).toBe('10008566');
    });

    it('keeps lines written in E.164 as lines, also where the digits would pass as an Iranian number', () => {
      expect(normalizePhoneNumber('+98100012')).toBe('100012');
      expect(normalizePhoneNumber('+989000123456')).toBe('9000123456');
      expect(normalizePhoneNumber('+983000508812')).toBe('3000508812');
      // One zero short of a line: an ordinary Iranian number.
      expect(normalizePhoneNumber('+982001234567')).toBe('+982001234567');
    });

    it('keeps other lines and short codes as they are', () => {
      expect(normalizePhoneNumber('30005088')).toBe('30005088');
      expect(normalizePhoneNumber('2000500666')).toBe('2000500666');
      expect(normalizePhoneNumber('36123')).toBe('36123');
    });
  });

  it('reads Persian and Arabic-Indic digits', () => {
    expect(normalizePhoneNumber('۰۹۱۲۱۲۳۴۵۶۷', { defaultCountry: 'IR' })).toBe('+989121234567');
    expect(normalizePhoneNumber('٠٩١٢١٢٣٤٥٦٧', { defaultCountry: 'IR' })).toBe('+989121234567');
    expect(normalizePhoneNumber('+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷')).toBe('+989121234567');
    expect(normalizePhoneNumber('۱۰۰۰۸۵۶۶')).toBe('10008566');
  });

  it('ignores spaces, dashes, dots, parentheses and bidi marks', () => {
    expect(normalizePhoneNumber('0912 123 4567', { defaultCountry: 'IR' })).toBe('+989121234567');
    expect(normalizePhoneNumber('0912-123-4567', { defaultCountry: 'IR' })).toBe('+989121234567');
    expect(normalizePhoneNumber('(0912) 123.4567', { defaultCountry: 'IR' })).toBe('+989121234567');
    expect(normalizePhoneNumber('\u200e+98 912 123 4567\u200f')).toBe('+989121234567');
    expect(normalizePhoneNumber('0912\u00a0123\u00a04567', { defaultCountry: 'IR' })).toBe('+989121234567');
  });

  it('normalises international numbers of other countries', () => {
    expect(normalizePhoneNumber('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhoneNumber('0033612345678')).toBe('+33612345678');
    expect(normalizePhoneNumber('06 12 34 56 78', { defaultCountry: 'FR' })).toBe('+33612345678');
    expect(normalizePhoneNumber('+1 (202) 555-0123')).toBe('+12025550123');
    expect(normalizePhoneNumber('+49 1512 3456789')).toBe('+4915123456789');
  });

  it('is idempotent on its own output', () => {
    for (const input of ['09121234567', '+33 6 12 34 56 78', '+9810008566', '36123']) {
      const once = normalizePhoneNumber(input, { defaultCountry: 'IR' });
      expect(normalizePhoneNumber(once, { defaultCountry: 'IR' })).toBe(once);
    }
  });

  describe('refuses a string that is not a phone number with INVALID_RECIPIENT naming the value', () => {
    const invalid = [
      '',
      '   ',
      'abc',
      'not a number',
      '0912123456a',
      '+98912123456',
      '+9891212345678',
      '0912',
      '+',
      '++989121234567',
      '09121234567#',
      '+98 912 123 4567 ext 12',
      '+1555123456',
      '+15551234567',
      '0',
      '000',
      '123',
      '+0612345678',
      '0612345678',
      '+98-',
      '+33 6 12 34',
      '+98 912',
    ];
    it.each(invalid.map((value) => [value]))('%j', (value) => {
      let caught: unknown;
      try {
        normalizePhoneNumber(value);
      } catch (error) {
        caught = error;
      }
      expect(SmsError.isInstance(caught)).toBe(true);
      expect((caught as SmsError).code).toBe('INVALID_RECIPIENT');
      expect((caught as SmsError).outcome).toBe('not-sent');
      expect((caught as SmsError).message).toContain(JSON.stringify(value));
    });

    it('has at least twenty cases', () => {
      expect(invalid.length).toBeGreaterThanOrEqual(20);
    });

    it('refuses a national number without a default country, saying how to fix it', () => {
      expect(() => normalizePhoneNumber('09121234567')).toThrow(/international form|defaultCountry/);
    });

    it('refuses a value that is not a string with INVALID_INPUT, even one without a usable toString', () => {
      const hostile = {
        toString: () => {
          throw new Error('no');
        },
      };
      for (const value of [9121234567, null, undefined, Object.create(null), hostile, ['+989121234567']]) {
        expect(() => normalizePhoneNumber(value as unknown as string)).toThrowError(
          expect.objectContaining({ name: 'SmsError', code: 'INVALID_INPUT' }),
        );
      }
    });

    it('shows at most 64 characters of a long value', () => {
      const long = `+98${'9'.repeat(10_000)}`;
      expect(() => normalizePhoneNumber(long)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_RECIPIENT',
          message: expect.stringContaining(`"${long.slice(0, 64)}…"`),
        }),
      );
    });
  });

  describe('refuses a default country that is no country with INVALID_INPUT', () => {
    it.each([[42], ['XX'], ['ir'], ['IRN'], [''], [null], ['constructor'], ['__proto__']])('%j', (country) => {
      // Also for E.164 input, which does not need the country: a wrong setting is reported where it is made.
      for (const input of ['09121234567', '+989121234567']) {
        expect(() => normalizePhoneNumber(input, { defaultCountry: country as never })).toThrowError(
          expect.objectContaining({
            name: 'SmsError',
            code: 'INVALID_INPUT',
            message: expect.stringContaining('defaultCountry'),
          }),
        );
      }
    });

    it('refuses options that are not an object', () => {
      expect(() => normalizePhoneNumber('+989121234567', null as never)).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
      expect(() => normalizePhoneNumber('+989121234567', 'IR' as never)).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    });
  });
});

describe('formatNationalNumber', () => {
  it('renders Iranian numbers as 09xxxxxxxxx and French ones without spaces', () => {
    expect(formatNationalNumber('+989121234567')).toBe('09121234567');
    expect(formatNationalNumber('+33612345678')).toBe('0612345678');
  });

  it('leaves lines and short codes unchanged', () => {
    expect(formatNationalNumber('10008566')).toBe('10008566');
  });
});
