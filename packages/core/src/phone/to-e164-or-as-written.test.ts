import { describe, expect, it } from 'vitest';
import { toE164OrAsWritten } from './to-e164-or-as-written';

describe('toE164OrAsWritten', () => {
  it('normalises what is a phone number in the default country or abroad', () => {
    expect(toE164OrAsWritten('09121234567', 'IR')).toBe('+989121234567');
    expect(toE164OrAsWritten('0033612345678', 'IR')).toBe('+33612345678');
  });

  it('keeps anything else as written', () => {
    expect(toE164OrAsWritten('MyShop', 'IR')).toBe('MyShop');
    expect(toE164OrAsWritten('', 'FR')).toBe('');
    expect(toE164OrAsWritten('12', 'FR')).toBe('12');
  });
});
