// An independent reference for SMS encoding and segment counting, written from 3GPP TS 23.038 (the GSM 7-bit
// default alphabet and its extension table) and TS 23.040 (concatenated messages), to check @sms/core's
// analyzeText against. It shares no code or data with core.

// The default alphabet by septet value, 0x00 to 0x7F; 0x1B is the escape to the extension table.
const DEFAULT_ALPHABET: readonly (string | null)[] = [
  '@',
  '£',
  '$',
  '¥',
  'è',
  'é',
  'ù',
  'ì',
  'ò',
  'Ç',
  '\n',
  'Ø',
  'ø',
  '\r',
  'Å',
  'å',
  'Δ',
  '_',
  'Φ',
  'Γ',
  'Λ',
  'Ω',
  'Π',
  'Ψ',
  'Σ',
  'Θ',
  'Ξ',
  null,
  'Æ',
  'æ',
  'ß',
  'É',
  ' ',
  '!',
  '"',
  '#',
  '¤',
  '%',
  '&',
  "'",
  '(',
  ')',
  '*',
  '+',
  ',',
  '-',
  '.',
  '/',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  ':',
  ';',
  '<',
  '=',
  '>',
  '?',
  '¡',
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
  'V',
  'W',
  'X',
  'Y',
  'Z',
  'Ä',
  'Ö',
  'Ñ',
  'Ü',
  '§',
  '¿',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'w',
  'x',
  'y',
  'z',
  'ä',
  'ö',
  'ñ',
  'ü',
  'à',
];

// The extension table: septet value after the escape → character.
const EXTENSION_TABLE: ReadonlyMap<number, string> = new Map([
  [0x0a, '\f'],
  [0x14, '^'],
  [0x28, '{'],
  [0x29, '}'],
  [0x2f, '\\'],
  [0x3c, '['],
  [0x3d, '~'],
  [0x3e, ']'],
  [0x40, '|'],
  [0x65, '€'],
]);

export const DEFAULT_ALPHABET_CHARACTERS: readonly string[] = DEFAULT_ALPHABET.filter(
  (character): character is string => character !== null,
);
export const EXTENSION_CHARACTERS: readonly string[] = [...EXTENSION_TABLE.values()];

/** The septets of a character in GSM-7 (one, or the escape and one), or undefined when it has none. */
function septetsOf(character: string): number[] | undefined {
  const basic = DEFAULT_ALPHABET.indexOf(character);
  if (basic !== -1) return [basic];
  for (const [value, extension] of EXTENSION_TABLE) if (extension === character) return [0x1b, value];
  return undefined;
}

export interface ReferenceAnalysis {
  encoding: 'GSM-7' | 'UCS-2';
  length: number;
  segments: number;
  unitsPerSegment: number;
  unicodeCharacters: string[];
}

/**
 * Cuts a stream of units into parts of `capacity`, never between the two units of one character (an escape
 * and its septet, or the two halves of a surrogate pair): `unbreakableAfter[i]` is true when a cut may not
 * fall right after unit i.
 */
function countParts(unitCount: number, unbreakableAfter: readonly boolean[], capacity: number): number {
  let parts = 0;
  let start = 0;
  while (start < unitCount) {
    let end = Math.min(start + capacity, unitCount);
    if (end < unitCount && unbreakableAfter[end - 1]) end -= 1;
    parts += 1;
    start = end;
  }
  return parts;
}

export function referenceAnalysis(text: string): ReferenceAnalysis {
  const septets: number[] = [];
  const unicodeCharacters: string[] = [];
  const septetJoins: boolean[] = [];
  for (const character of text) {
    const encoded = septetsOf(character);
    if (encoded === undefined) {
      if (!unicodeCharacters.includes(character)) unicodeCharacters.push(character);
      continue;
    }
    septets.push(...encoded);
    if (encoded.length === 2) septetJoins.push(true, false);
    else septetJoins.push(false);
  }
  if (unicodeCharacters.length === 0) {
    const length = septets.length;
    const single = length <= 160;
    return {
      encoding: 'GSM-7',
      length,
      segments: length === 0 ? 0 : single ? 1 : countParts(length, septetJoins, 153),
      unitsPerSegment: single ? 160 : 153,
      unicodeCharacters,
    };
  }
  // UCS-2 as phones send it today: UTF-16 code units, a character outside the BMP taking a surrogate pair.
  const unitJoins: boolean[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const highSurrogate = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(index + 1);
    unitJoins.push(highSurrogate && next >= 0xdc00 && next <= 0xdfff);
  }
  const length = text.length;
  const single = length <= 70;
  return {
    encoding: 'UCS-2',
    length,
    segments: length === 0 ? 0 : single ? 1 : countParts(length, unitJoins, 67),
    unitsPerSegment: single ? 70 : 67,
    unicodeCharacters,
  };
}
