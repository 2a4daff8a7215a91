// The simulator depends on nothing of ours (ARCHITECTURE: simulator -> nothing), so it counts parts the way a
// provider's platform does, with its own reading of the GSM 03.38 rules rather than @sms/core's analyzeText.
// A client that miscounts parts then disagrees with the simulator's record instead of sharing the mistake.
import { GSM7_BASIC, GSM7_EXTENSION } from './gsm7-alphabet';

export type TextEncoding = 'GSM-7' | 'UCS-2';

export interface TextAnalysis {
  encoding: TextEncoding;
  /** Septets for GSM-7 (extension characters count 2), UTF-16 units for UCS-2. */
  length: number;
  /** SMS parts the text is sent as (0 for an empty text). */
  segments: number;
}

const SINGLE: Record<TextEncoding, number> = { 'GSM-7': 160, 'UCS-2': 70 };
const MULTI: Record<TextEncoding, number> = { 'GSM-7': 153, 'UCS-2': 67 };

// Handsets never cut a character across parts (an escape pair, a surrogate pair), so a part may hold one unit less.
function countSegments(costs: readonly number[], total: number, encoding: TextEncoding): number {
  if (total === 0) return 0;
  if (total <= SINGLE[encoding]) return 1;
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > MULTI[encoding]) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

/** The encoding an SMS text is sent in, its length in that encoding and how many parts it takes. */
export function analyzeText(text: string): TextAnalysis {
  const characters = Array.from(text);
  const gsmCosts: number[] = [];
  let isGsm = true;
  for (const character of characters) {
    if (GSM7_BASIC.has(character)) gsmCosts.push(1);
    else if (GSM7_EXTENSION.has(character)) gsmCosts.push(2);
    else {
      isGsm = false;
      break;
    }
  }
  if (isGsm) {
    const length = gsmCosts.reduce((total, cost) => total + cost, 0);
    return { encoding: 'GSM-7', length, segments: countSegments(gsmCosts, length, 'GSM-7') };
  }
  const costs = characters.map((character) => character.length);
  return { encoding: 'UCS-2', length: text.length, segments: countSegments(costs, text.length, 'UCS-2') };
}
