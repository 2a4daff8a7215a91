import { createHash } from 'node:crypto';

// Key order is how an object was built, not what it says: `{ to, text }` and `{ text, to }` are one message.
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/**
 * A digest of what a job sends, the same in every process: a second enqueue of an idempotency key with another
 * message is told apart from a plain repeat. Dates count as their ISO text, as they are stored.
 */
export function fingerprintOf(what: unknown): string {
  const stored: unknown = JSON.parse(JSON.stringify(what ?? null));
  return createHash('sha256')
    .update(JSON.stringify(sortedKeys(stored)))
    .digest('hex')
    .slice(0, 32);
}
