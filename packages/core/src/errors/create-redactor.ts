const REPLACEMENT = '[redacted]';
const SECRET_KEY_PATTERN = /^(api[-_]?key|password|passwd|secret|token|access[-_]?token|authorization|x-api-key)$/i;

/** Removes credentials from text and from JSON-like values before they are put in an error. */
export interface Redactor {
  text(value: string): string;
  value<T>(value: T): T;
}

/**
 * Builds a redactor for the given secret values. Each secret is also removed in its URL-encoded and
 * Base64 forms, and any object key that names a credential has its value replaced.
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
    return result;
  };

  const redactValue = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (depth > 20 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = SECRET_KEY_PATTERN.test(key) && item !== null && item !== undefined ? REPLACEMENT : redactValue(item, depth + 1);
    }
    return copy;
  };

  return { text, value: <T>(value: T) => redactValue(value, 0) as T };
}
