import { describe, expect, it } from 'vitest';
import { toLatinDigits } from './to-latin-digits';

describe('toLatinDigits', () => {
  it('turns every Persian and Arabic-Indic digit into the Latin digit of the same value', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('leaves every other character as it is, mixed scripts included', () => {
    expect(toLatinDigits('+98 ۹۱۲-١٢٣ 4567')).toBe('+98 912-123 4567');
    expect(toLatinDigits('قیمت: ۱٬۸۰۰ ریال')).toBe('قیمت: 1٬800 ریال');
    expect(toLatinDigits('no digits here, 42')).toBe('no digits here, 42');
    expect(toLatinDigits('')).toBe('');
  });

  it('does not touch the characters next to the digit blocks (Arabic signs, extended letters)', () => {
    // U+066A–U+066C (Arabic percent, decimal and thousands signs) follow the Arabic-Indic digits; U+06FA follows the Persian ones.
    expect(toLatinDigits('\u066a\u066b\u066c\u06fa\u065f\u06ef')).toBe('\u066a\u066b\u066c\u06fa\u065f\u06ef');
  });
});
