import { analyzeText } from '@sms/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALPHABET_CHARACTERS, EXTENSION_CHARACTERS, referenceAnalysis } from './support/reference-sms-encoding';

// analyzeText against an independent reference written from the GSM 03.38 tables (support/reference-sms-encoding.ts):
// encoding, length in units, segments, units per segment and the characters that forced UCS-2.
const RUNS = 10_000;

const PERSIAN = Array.from('سلام کد ورود شما است پیامک گچپژ ی ک ۰۱۲۳۴۵۶۷۸۹ ،؛؟');
const EMOJI = ['😀', '👍🏽', '🇮🇷', '👨‍👩‍👧', '❤️', '€'];
// Characters often mistaken for GSM-7: lower-case ç, curly quotes, accented capitals, the non-breaking space…
const LOOK_ALIKES = ['ç', '’', '“', '”', 'Á', 'ê', 'ô', 'œ', '\u00a0', '–', '…', '`', '\t', '\v'];
const LONE_SURROGATES = ['\ud83d', '\ude00'];

const character = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...DEFAULT_ALPHABET_CHARACTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...EXTENSION_CHARACTERS) },
  { weight: 1, arbitrary: fc.constantFrom(...PERSIAN) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI, ...LOOK_ALIKES, ...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

// Mostly-GSM texts (so the GSM-7 path and its 160/153 limits are reached), mostly-Unicode texts (70/67), and
// texts whose lengths sit on the part boundaries.
const text = fc.oneof(
  fc.array(character, { maxLength: 480 }).map((characters) => characters.join('')),
  fc
    .array(fc.constantFrom(...DEFAULT_ALPHABET_CHARACTERS, ...EXTENSION_CHARACTERS), { maxLength: 480 })
    .map((characters) => characters.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PERSIAN), fc.constantFrom(...EMOJI)), { maxLength: 300 })
    .map((characters) => characters.join('')),
  fc
    .tuple(
      fc.constantFrom(69, 70, 71, 133, 134, 135, 152, 153, 154, 159, 160, 161, 305, 306, 307),
      fc.constantFrom('a', '€', 'س', '😀'),
      fc.constantFrom('', 'b', '{', 'ی', '🙂'),
    )
    .map(([count, filler, tail]) => filler.repeat(count) + tail),
);

describe('analyzeText (property, 10,000 cases each)', () => {
  it('agrees with the reference on encoding, length, segments, units per segment and the Unicode characters', () => {
    const seen = { gsm: 0, ucs: 0, multiPart: 0 };
    fc.assert(
      fc.property(text, (value) => {
        const actual = analyzeText(value);
        const expected = referenceAnalysis(value);
        expect(actual).toEqual(expected);
        if (expected.encoding === 'GSM-7') seen.gsm += 1;
        else seen.ucs += 1;
        if (expected.segments > 1) seen.multiPart += 1;
      }),
      { numRuns: RUNS },
    );
    // The generators must reach every path, or agreement would prove little.
    expect(seen.gsm).toBeGreaterThan(RUNS / 10);
    expect(seen.ucs).toBeGreaterThan(RUNS / 10);
    expect(seen.multiPart).toBeGreaterThan(RUNS / 10);
  });

  it('never splits a character across parts: every part fits the per-part limit', () => {
    fc.assert(
      fc.property(text, (value) => {
        const { segments, length, unitsPerSegment } = analyzeText(value);
        expect(segments).toBeGreaterThanOrEqual(Math.ceil(length / unitsPerSegment));
        // Keeping pairs whole costs at most one unit per part.
        expect(segments).toBeLessThanOrEqual(Math.ceil(length / (unitsPerSegment - 1)));
      }),
      { numRuns: RUNS },
    );
  });
});
