import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { anything, fuzzName, fuzzSettings } from '../testing/fuzz-inputs';
import { analyzeText } from './analyze-text';

describe('analyzeText on arbitrary input', () => {
  it(fuzzName('counts any string consistently, and refuses anything else with INVALID_INPUT'), () => {
    const textLike = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('a', '€', '[', 'ش', '😀', '\n'), maxLength: 400 }),
      anything,
    );
    fc.assert(
      fc.property(textLike, (text) => {
        let analysis: ReturnType<typeof analyzeText>;
        try {
          analysis = analyzeText(text as string);
        } catch (error) {
          expect(SmsError.isInstance(error) && error.code === 'INVALID_INPUT' && typeof text !== 'string').toBe(true);
          return;
        }
        expect(typeof text).toBe('string');
        expect(analysis.segments === 0).toBe(text === '');
        expect(analysis.length).toBeGreaterThanOrEqual(
          analysis.encoding === 'UCS-2' ? (text as string).length : [...(text as string)].length,
        );
        // A part never holds more than the encoding allows, so the parts hold at least the whole text.
        expect(analysis.segments * analysis.unitsPerSegment).toBeGreaterThanOrEqual(analysis.length);
        expect(analysis.unicodeCharacters.length === 0).toBe(analysis.encoding === 'GSM-7');
      }),
      fuzzSettings,
    );
  });
});
