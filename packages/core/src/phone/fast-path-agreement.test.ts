import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js';
import { normalizePhoneNumber, normalizeWithLibrary } from './normalize-phone-number';
import { unchangedE164PatternOf } from './unchanged-e164-pattern';

// A small seeded generator, so a failure names a case that can be replayed.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `error: ${(error as Error).name}`;
  }
}

const digits = (random: () => number, count: number) =>
  Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

describe('the normalisation fast path agrees with libphonenumber-js', () => {
  it('on 20,000 random numbers in E.164 and in Iranian national notations', () => {
    const random = createRandom(20261122);
    // Single-country codes (fast path) and shared ones (+1, +44, +7: always the library), with valid and invalid lengths.
    const callingCodes = ['98', '33', '49', '971', '91', '1', '44', '7', '39', '86', '234', '351'];
    const countries: (CountryCode | undefined)[] = [undefined, 'IR', 'FR', 'US'];
    let fastCases = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const shape = random();
      let text: string;
      if (shape < 0.5) {
        text = `+${callingCodes[Math.floor(random() * callingCodes.length)]}${digits(random, 4 + Math.floor(random() * 10))}`;
      } else {
        const nationalPrefix = ['', '0', '98', '0098', '+98'][Math.floor(random() * 5)]!;
        const mobile = random() < 0.8 ? `9${digits(random, 9 + Math.floor(random() * 3) - 1)}` : digits(random, 10);
        text = `${nationalPrefix}${mobile}`;
      }
      const defaultCountry = countries[Math.floor(random() * countries.length)];
      const international = text.startsWith('00') ? `+${text.slice(2)}` : text;
      const viaLibrary = outcome(() => normalizeWithLibrary(text, international, defaultCountry));
      const viaNormalize = outcome(() =>
        normalizePhoneNumber(text, defaultCountry === undefined ? {} : { defaultCountry }),
      );
      // Lines and short codes (1000…, 4–6 digits) are answered before either path; skip those draws.
      if (/^(?:\+98|0098|98)?[1-9]000\d{1,10}$/.test(text) || /^[1-9]\d{3,5}$/.test(text)) continue;
      if (!viaLibrary.startsWith('error')) fastCases += 1;
      expect(viaNormalize, `${text} with ${defaultCountry ?? 'no default country'}`).toBe(viaLibrary);
    }
    expect(fastCases).toBeGreaterThan(4_000);
  });
});

describe('the list pattern agrees with normalizePhoneNumber', () => {
  it('takes only numbers that normalise to themselves, on 20,000 random +98 and +33 strings with sender lines among them', () => {
    const random = createRandom(20261123);
    let taken = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const callingCode = random() < 0.8 ? '98' : '33';
      const shape = random();
      // Sender lines (+98 1000…, +98 9000…), mobiles, landlines and random lengths.
      const national =
        shape < 0.3
          ? `${1 + Math.floor(random() * 9)}000${digits(random, 1 + Math.floor(random() * 10))}`
          : shape < 0.7
            ? `9${digits(random, 9)}`
            : digits(random, 3 + Math.floor(random() * 12));
      const text = `+${callingCode}${national}`;
      // Undefined for strings too short to be E.164 at all.
      const pattern = unchangedE164PatternOf(text);
      if (pattern === undefined || !pattern.test(text)) continue;
      taken += 1;
      expect(
        outcome(() => normalizePhoneNumber(text)),
        text,
      ).toBe(text);
    }
    expect(taken).toBeGreaterThan(5_000);
  });

  it('leaves out Iranian sender lines written as +98…, which normalise to the bare line', () => {
    const pattern = unchangedE164PatternOf('+989121234567')!;
    expect(pattern.test('+989121234567')).toBe(true);
    for (const line of ['+989000123456', '+9810008566', '+9830005006']) {
      expect(pattern.test(line), line).toBe(false);
      expect(normalizePhoneNumber(line)).toBe(line.slice(3));
    }
  });

  it('is undefined for calling codes shared by several countries and for text that is not E.164', () => {
    expect(unchangedE164PatternOf('+12025550123')).toBeUndefined();
    expect(unchangedE164PatternOf('+447911123456')).toBeUndefined();
    expect(unchangedE164PatternOf('09121234567')).toBeUndefined();
  });
});
