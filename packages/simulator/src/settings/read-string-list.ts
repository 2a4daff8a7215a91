/**
 * A list option given as a list or as one string: a string is one entry (`apiKeys: { ghasedak: 'key' }`
 * accepts exactly `'key'`), never a string to search in. Anything else, or an empty entry, is refused.
 */
export function readStringList(value: string | readonly string[], name: string): string[] {
  if (typeof value === 'string') value = [value];
  if (!Array.isArray(value)) {
    throw new TypeError(
      `startSimulator: ${name} must be a string or a list of strings; got ${value === null ? 'null' : typeof value}.`,
    );
  }
  for (const entry of value as readonly unknown[]) {
    if (typeof entry !== 'string' || entry === '') {
      throw new TypeError(
        `startSimulator: every entry of ${name} must be a non-empty string; got ${typeof entry === 'string' ? 'an empty string' : String(entry)}.`,
      );
    }
  }
  return [...value];
}
