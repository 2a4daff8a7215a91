import { describe, expect, it } from 'vitest';
import { encodeForm } from './encode-form';

const reference = (form: Record<string, string>) => new URLSearchParams(form).toString();

describe('encodeForm', () => {
  it('encodes exactly as URLSearchParams, on the shapes providers send', () => {
    const forms: Record<string, string>[] = [
      { receptor: '09121234567,09351234567', message: 'Your code is 1234', linenumber: '10008566' },
      { message: 'سلام، دنیا! 100% & more = ok?', receptor: '+33612345678' },
      { 'odd key&=': "a+b c/d~e'f(g)h!i*j.k_l-m", empty: '' },
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
      const value = Array.from(
        { length: Math.floor(next() * 12) },
        () => characters[Math.floor(next() * characters.length)],
      ).join('');
      expect(encodeForm({ field: value })).toBe(reference({ field: value }));
    }
  });

  it('sends a list as its items joined by commas, byte for byte as URLSearchParams does with the joined text', () => {
    const lists: (string | number)[][] = [
      ['09121234567', '09351234567', '09901234567'],
      [2_581_100_787, 2_581_100_788],
      // Items that need encoding, or that hold the separator themselves, go through the general encoder.
      ['a,b', 'c'],
      ['hello world', 'x'],
      ['سلام', '😀', '100%'],
      [1e21, -5, 0.5],
      [],
      [''],
    ];
    for (const list of lists)
      expect(encodeForm({ receptor: list }), JSON.stringify(list)).toBe(reference({ receptor: list.join(',') }));
  });

  it('agrees with URLSearchParams on 2,000 random lists', () => {
    const alphabet = ['0', '9', 'a', 'Z', ',', ' ', '+', '%', '&', '-', '_', '.', '*', '~', 'س', '😀'];
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const item = () =>
      Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let index = 0; index < 2_000; index += 1) {
      const list = Array.from({ length: Math.floor(next() * 5) }, () => (next() < 0.7 ? '0912' : item()));
      expect(encodeForm({ field: list, other: 'x' })).toBe(reference({ field: list.join(','), other: 'x' }));
    }
  });

  it('writes the bytes providers expect: a space as +, a comma as %2C, other text as UTF-8 percent-encoding', () => {
    expect(
      encodeForm({ message: 'Your code is 1234', receptor: ['09121234567', '09351234567'], linenumber: 10008566 }),
    ).toBe('message=Your+code+is+1234&receptor=09121234567%2C09351234567&linenumber=10008566');
    expect(encodeForm({ message: 'سلام ۱', note: "a+b&c=d/e?f~g*h'i(j)k!l" })).toBe(
      'message=%D8%B3%D9%84%D8%A7%D9%85+%DB%B1&note=a%2Bb%26c%3Dd%2Fe%3Ff%7Eg*h%27i%28j%29k%21l',
    );
    expect(encodeForm({ emoji: '😀\n' })).toBe('emoji=%F0%9F%98%80%0A');
  });

  it('skips undefined and null and writes numbers and booleans as text', () => {
    expect(encodeForm({ a: undefined, b: null, c: 3, d: true })).toBe('c=3&d=true');
  });
});
