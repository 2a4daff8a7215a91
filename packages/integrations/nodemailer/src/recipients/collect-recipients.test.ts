import { describe, expect, it } from 'vitest';
import { readSender } from '../sender/read-sender';
import { collectRecipients } from './collect-recipients';
import { splitAddressList } from './split-address-list';

describe('splitAddressList', () => {
  it('splits at commas and semicolons outside quotes and angle brackets', () => {
    expect(
      splitAddressList(' "Doe, John" <+33 6 12 34 56 78>; +989121234567 ,, Bob <0912;123> , "Q \\" uote" <1>'),
    ).toEqual([
      { written: '"Doe, John" <+33 6 12 34 56 78>', name: 'Doe, John', address: '+33 6 12 34 56 78' },
      { written: '+989121234567', name: '', address: '+989121234567' },
      { written: 'Bob <0912;123>', name: 'Bob', address: '0912;123' },
      { written: '"Q \\" uote" <1>', name: 'Q " uote', address: '1' },
    ]);
  });
});

describe('collectRecipients', () => {
  it('normalises every notation, keeps the first of duplicates, and reads names holding numbers', () => {
    const collected = collectRecipients(
      {
        to: ['۰۹۱۲ ۱۲۳ ۴۵۶۷', { address: '+98 (912) 123-4568' }],
        cc: [{ name: '+33612345678', address: '' }, '00989121234567'],
        bcc: { group: [{ address: '+989351234567' }, { name: 'Friend', address: '0912-123-4568' }] },
      },
      'IR',
    );
    expect(collected).toEqual({
      numbers: ['+989121234567', '+989121234568', '+33612345678', '+989351234567'],
      rejected: [],
      rejectedErrors: [],
    });
  });

  it('rejects national numbers without a default country, emails, empty objects and non-strings, with reasons', () => {
    const collected = collectRecipients({
      to: ['09121234567', 'Ali <ali@example.com>', {}, 989121234567 as never, null as never, '+989121234567'],
    });
    expect(collected.numbers).toEqual(['+989121234567']);
    expect(collected.rejected).toEqual(['09121234567', 'Ali <ali@example.com>', '{}', '989121234567']);
    expect(collected.rejectedErrors.map((error) => error.message)).toEqual([
      'Invalid recipient in to: "09121234567" is not a valid phone number: write it in international form (+…) or pass defaultCountry for national numbers.',
      'Invalid recipient in to: "ali@example.com" is an email address; this transport sends SMS, so write a phone number such as +989121234567.',
      'Invalid recipient in to: "{}": it has neither an address nor a name holding a phone number.',
      'Invalid recipient in to: "989121234567": expected a phone number as a string, got a number (write numbers as strings so a leading 0 or + is kept).',
    ]);
    // A string that is not a phone number is INVALID_RECIPIENT; an entry that is not even an address, INVALID_INPUT.
    expect(collected.rejectedErrors.map((error) => error.code)).toEqual([
      'INVALID_RECIPIENT',
      'INVALID_RECIPIENT',
      'INVALID_INPUT',
      'INVALID_INPUT',
    ]);
    expect(collected.rejectedErrors.every((error) => error.outcome === 'not-sent' && !error.retryable)).toBe(true);
  });

  it('finds nothing in empty fields', () => {
    expect(collectRecipients({ to: '', cc: [], bcc: ' , ' })).toEqual({
      numbers: [],
      rejected: [],
      rejectedErrors: [],
    });
  });
});

describe('readSender', () => {
  it('returns a phone number or line, and nothing for emails or names', () => {
    expect(readSender('10008566')).toBe('10008566');
    expect(readSender('"Shop" <+98 1000 8566>')).toBe('10008566');
    expect(readSender({ name: '+33612345678', address: '' })).toBe('+33612345678');
    expect(readSender('09121234567', 'IR')).toBe('+989121234567');
    expect(readSender('09121234567')).toBeUndefined();
    expect(readSender('Shop <noreply@shop.example>')).toBeUndefined();
    expect(readSender('MyShop')).toBeUndefined();
    expect(readSender({ name: 'Shop', address: 'noreply@shop.example' })).toBeUndefined();
    expect(readSender(['30005088', 'Shop <noreply@shop.example>'])).toBe('30005088');
    expect(readSender({ group: [{ address: '+33612345678' }] })).toBe('+33612345678');
    expect(readSender(undefined)).toBeUndefined();
  });
});
