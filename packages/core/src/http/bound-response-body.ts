import type { Redactor } from '../errors/create-redactor';

/** The most characters of an answer an error keeps in `responseBody`: enough to diagnose, never megabytes. */
export const RESPONSE_BODY_LIMIT = 4096;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * What an error keeps of an answer, always redacted: the value itself when its text (`text`, or the value
 * serialised) is at most `RESPONSE_BODY_LIMIT` characters, else the start of that text with its full length.
 */
export function boundResponseBody(value: unknown, redactor: Redactor, text: string = textOf(value)): unknown {
  if (text.length <= RESPONSE_BODY_LIMIT) return redactor.value(value);
  // Redacted before it is cut, with room to spare, so a secret that straddles the cut is still removed whole.
  const kept = redactor.text(text.slice(0, RESPONSE_BODY_LIMIT * 2)).slice(0, RESPONSE_BODY_LIMIT);
  return `${kept}… [cut: ${text.length} characters in all]`;
}
