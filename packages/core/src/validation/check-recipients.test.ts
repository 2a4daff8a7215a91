import { describe, expect, it } from 'vitest';
import { checkRecipients } from './check-recipients';

describe('checkRecipients (no country known for national numbers)', () => {
  it('accepts numbers in international notation, lines, short codes and national numbers of some country', () => {
    for (const to of [
      '+989121234567',
      '00989121234567',
      '+33 6 12 34 56 78',
      '09121234567',
      '۰۹۱۲۱۲۳۴۵۶۷',
      '0612345678',
      '10008566',
      '36123',
      ['+989121234567', '09351234567'],
    ]) {
      expect(() => checkRecipients(to), JSON.stringify(to)).not.toThrow();
    }
  });

  it.each([
    ['not-a-number'],
    [''],
    ['   '],
    ['abc'],
    ['123'],
    ['0'],
    ['+98912'],
    ['+'],
    ['0098912'],
    ['1234567890123456789'],
    ['09121234567 ext 2'],
  ])('refuses %j with INVALID_RECIPIENT', (to) => {
    expect(() => checkRecipients(to)).toThrowError(
      expect.objectContaining({ name: 'SmsError', code: 'INVALID_RECIPIENT', outcome: 'not-sent' }),
    );
  });

  it('names the position of the first bad number of a list', () => {
    expect(() => checkRecipients(['+989121234567', '09121234567', 'call me'])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_RECIPIENT',
        message: expect.stringContaining('(recipient 3 of 3): "call me" is not a valid phone number'),
      }),
    );
  });

  it('refuses a `to` of the wrong type, or with an entry of the wrong type, with INVALID_INPUT', () => {
    for (const to of [undefined, null, 42, {}, [], ['+989121234567', 42], [null]]) {
      expect(() => checkRecipients(to), JSON.stringify(to)).toThrowError(
        expect.objectContaining({ name: 'SmsError', code: 'INVALID_INPUT' }),
      );
    }
  });
});
