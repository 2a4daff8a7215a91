const REPLACEMENT = '[redacted]';
const SECRET_KEY_NAMES = 'api[-_]?key|password|passwd|secret|token|access[-_]?token|authorization|x-api-key';
const SECRET_KEY_PATTERN = new RegExp(`^(?:${SECRET_KEY_NAMES})$`, 'i');
// The same keys as they are written in a JSON text, so an answer can be checked once before it is walked.
const SECRET_KEY_IN_JSON = new RegExp(`"(?:${SECRET_KEY_NAMES})"\\s*:`, 'i');
// A string or number under such a key in a JSON text (a cut preview of an answer cannot be parsed and walked).
const SECRET_FIELD_IN_JSON = new RegExp(
  `("(?:${SECRET_KEY_NAMES})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|-?\\d[\\d.eE+-]*)`,
  'gi',
);

/** Removes credentials from text and from JSON-like values before they are put in an error or a result. */
export interface Redactor {
  text(value: string): string;
  value<T>(value: T): T;
  /**
   * Whether a text, or the value parsed from it, holds something `text` or `value` would remove: a secret, or a
   * JSON key that names a credential. One pass over the text, so most answers are never copied.
   */
  mayReveal(text: string): boolean;
}

/**
 * Builds a redactor for the given secret values. Each secret is also removed in its URL-encoded and
 * Base64 forms, and any object key that names a credential has its value replaced (in a text, where it is
 * written as a JSON field).
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const needles = new Set<string>();
  for (const secret of secrets) {
    // Very short values would redact innocent text (a one-letter "key" in a test); they are not real secrets.
    if (secret === undefined || secret.length < 4) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
    needles.add(new URLSearchParams({ s: secret }).toString().slice(2));
    needles.add(Buffer.from(secret).toString('base64'));
  }
  const ordered = [...needles].sort((left, right) => right.length - left.length);

  const text = (value: string): string => {
    let result = value;
    for (const needle of ordered) {
      if (result.includes(needle)) result = result.split(needle).join(REPLACEMENT);
    }
    return SECRET_KEY_IN_JSON.test(result) ? result.replace(SECRET_FIELD_IN_JSON, `$1"${REPLACEMENT}"`) : result;
  };

  const redactValue = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (depth > 20 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] =
        SECRET_KEY_PATTERN.test(key) && item !== null && item !== undefined
          ? REPLACEMENT
          : redactValue(item, depth + 1);
    }
    return copy;
  };

  const mayReveal = (value: string): boolean => {
    for (const needle of ordered) if (value.includes(needle)) return true;
    return SECRET_KEY_IN_JSON.test(value);
  };

  return { text, value: <T>(value: T) => redactValue(value, 0) as T, mayReveal };
}
