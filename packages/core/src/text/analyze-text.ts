import { SmsError } from '../errors/sms-error';
import { describeValue } from '../validation/describe-value';
import { GSM7_BASIC, GSM7_EXTENSION } from './gsm7-alphabet';

export type TextEncoding = 'GSM-7' | 'UCS-2';

export interface TextAnalysis {
  encoding: TextEncoding;
  /** Length in the encoding's units: septets for GSM-7 (extension characters count 2), UTF-16 units for UCS-2. */
  length: number;
  /** Number of SMS parts the text is sent as (0 for an empty text). */
  segments: number;
  /** Units per part for this text: 160 or 153 (GSM-7), 70 or 67 (UCS-2). */
  unitsPerSegment: number;
  /** The distinct characters that forced UCS-2, in order of first appearance (empty for GSM-7). */
  unicodeCharacters: string[];
}

const SINGLE = { 'GSM-7': 160, 'UCS-2': 70 } as const;
const MULTI = { 'GSM-7': 153, 'UCS-2': 67 } as const;

/**
 * Counts parts the way handsets split them: a character is never cut in two across parts (a GSM-7
 * extension character's escape pair, a UTF-16 surrogate pair), so a part may hold one unit less.
 */
function countSegments(costs: readonly number[], total: number, encoding: TextEncoding): number {
  if (total === 0) return 0;
  if (total <= SINGLE[encoding]) return 1;
  const capacity = MULTI[encoding];
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > capacity) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

/** Tells which encoding a text is sent in, how long it is in that encoding and how many parts it takes. */
export function analyzeText(text: string): TextAnalysis {
  if (typeof text !== 'string')
    throw new SmsError(`analyzeText needs the message text as a string, not ${describeValue(text)}.`, {
      code: 'INVALID_INPUT',
    });
  const characters = Array.from(text);
  const unicode = new Set<string>();
  const gsmCosts: number[] = [];
  for (const character of characters) {
    if (GSM7_BASIC.has(character)) gsmCosts.push(1);
    else if (GSM7_EXTENSION.has(character)) gsmCosts.push(2);
    else unicode.add(character);
  }
  if (unicode.size === 0) {
    const length = gsmCosts.reduce((total, cost) => total + cost, 0);
    const segments = countSegments(gsmCosts, length, 'GSM-7');
    return {
      encoding: 'GSM-7',
      length,
      segments,
      unitsPerSegment: segments > 1 ? MULTI['GSM-7'] : SINGLE['GSM-7'],
      unicodeCharacters: [],
    };
  }
  const costs = characters.map((character) => character.length);
  const length = text.length;
  const segments = countSegments(costs, length, 'UCS-2');
  return {
    encoding: 'UCS-2',
    length,
    segments,
    unitsPerSegment: segments > 1 ? MULTI['UCS-2'] : SINGLE['UCS-2'],
    unicodeCharacters: [...unicode],
  };
}
