import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { normalizePhoneNumber } from '../phone/normalize-phone-number';
import { prepareRecipients } from './prepare-recipients';

describe('prepareRecipients', () => {
  it('gives a list the same numbers as normalising each one, whatever notation follows an E.164 first number', () => {
    const list = [
      '+989121234567',
      '09351234567',
      '+989000123456',
      '30005006',
      '+33612345678',
      '+12025550123',
      '۰۹۱۲۷۶۵۴۳۲۱',
      '+98 912 123 4568',
    ];
    expect(prepareRecipients(list, 'test', 'IR')).toEqual(
      list.map((number) => normalizePhoneNumber(number, { defaultCountry: 'IR' })),
    );
    expect(prepareRecipients(list, 'test', 'IR')).toEqual([
      '+989121234567',
      '+989351234567',
      '9000123456',
      '30005006',
      '+33612345678',
      '+12025550123',
      '+989127654321',
      '+989121234568',
    ]);
  });

  it('names the position and the value of the first invalid number of a list, and says nothing was sent', () => {
    const list = ['+989121234567', '+989121234568', '+98912', '+989121234569'];
    let caught: unknown;
    try {
      prepareRecipients(list, 'ghasedak', 'IR');
    } catch (error) {
      caught = error;
    }
    expect(SmsError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({
      code: 'INVALID_RECIPIENT',
      provider: 'ghasedak',
      outcome: 'not-sent',
      retryable: false,
    });
    expect((caught as SmsError).message).toContain('(recipient 3 of 4)');
    expect((caught as SmsError).message).toContain('"+98912"');
    expect((caught as SmsError).message).toContain('Nothing was sent');
  });

  it('refuses a value that is not a string inside a list of E.164 numbers with INVALID_INPUT', () => {
    const list = ['+989121234567', 989121234568 as unknown as string];
    expect(() => prepareRecipients(list, 'test', 'IR')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/recipient 2 of 2/) }),
    );
  });

  it('refuses an empty list, a missing recipient and a `to` of another type with INVALID_INPUT', () => {
    expect(() => prepareRecipients([], 'test')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/No recipient given to test/) }),
    );
    expect(() => prepareRecipients(undefined as unknown as string, 'test')).toThrow(/No recipient given to test/);
    for (const to of [null, 989121234567, { to: '+989121234567' }, true]) {
      expect(() => prepareRecipients(to as never, 'test')).toThrowError(
        expect.objectContaining({ name: 'SmsError', code: 'INVALID_INPUT', provider: 'test' }),
      );
    }
  });

  it('refuses a default country that is no country with INVALID_INPUT, not as a bad recipient', () => {
    expect(() => prepareRecipients(['09121234567'], 'test', 'XX' as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/defaultCountry/) }),
    );
  });
});
