import { readId, readList } from '@sms/core/provider-utils';

// A JSON string, or a JSON number. Scanning valid JSON with it from the start meets every string and every
// number whole, so digits inside a string are never taken for a number.
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

function isRoundedWholeNumber(item: unknown): boolean {
  return typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item);
}

/** Whole numbers beyond 2^53 - 1 become strings of their digits; everything else is left as it is. */
function keepLargeWholeNumbers(token: string): string {
  if (token.charCodeAt(0) === 0x22 || /[.eE]/.test(token) || Number.isSafeInteger(Number(token))) return token;
  return `"${token}"`;
}

/**
 * The message ids of a send answer as strings, exactly as the answer wrote them; `undefined` for an item
 * that is not an id. Ghasedak's ids are JSON numbers. Up to 2^53 - 1 a parsed whole number is exact and
 * `String()` gives back its digits; beyond, `JSON.parse` rounds it (9007199254740993 reads as …992), so
 * then the answer's text is parsed again with such numbers kept as strings. (`JSON.parse` hands a reviver
 * the source text only from Node 21; this package supports Node 20.)
 */
export function idsAsWritten(text: string, items: readonly unknown[]): (string | undefined)[] {
  if (!items.some(isRoundedWholeNumber)) return items.map((item) => readId(item));
  const exact = readList(JSON.parse(text.replace(JSON_TOKEN, keepLargeWholeNumbers)), 'items');
  return (exact.length === items.length ? exact : items).map((item) => readId(item));
}
