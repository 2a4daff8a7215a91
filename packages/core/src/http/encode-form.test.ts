import { describe, expect, it } from 'vitest';
import { encodeForm } from './encode-form';

const reference = (form: Record<string, string>) => new URLSearchParams(form).toString();

describe('encodeForm', () => {
  it('encodes exactly as URLSearchParams, on the shapes providers send', () => {
    const forms: Record<string, string>[] = [
      { receptor: '09121234567,09351234567', message: 'Your code is 1234', linenumber: '10008566' },
      { message: 'سلام، دنیا! 100% & more = ok?', receptor: '+33612345678' },
      { 'odd key&=': 'a+b c/d~e\'f(g)h!i*j.k_l-m', empty: '' },
      { emoji: '😀 \n\t"quoted"', commas: ',,,' },
    ];
    for (const form of forms) expect(encodeForm(form)).toBe(reference(form));
  });

  it('agrees with URLSearchParams on 5,000 random strings', () => {
    const alphabet = 'aZ09 ,.-_*~!\'()+&=%/?#[]@:;$"<>\\^`{|}سلام😀\n\t\u00a0';
    const characters = Array.from(alphabet);
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let index = 0; index < 5_000; index += 1) {
      const value = Array.from({ length: Math.floor(next() * 12) }, () => characters[Math.floor(next() * characters.length)]).join('');
      expect(encodeForm({ field: value })).toBe(reference({ field: value }));
    }
  });

  it('skips undefined and null and writes numbers and booleans as text', () => {
    expect(encodeForm({ a: undefined, b: null, c: 3, d: true })).toBe('c=3&d=true');
  });
});
