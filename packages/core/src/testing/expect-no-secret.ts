import { inspect } from 'node:util';
import { expect } from 'vitest';

/**
 * Asserts that none of `secrets` appears in any way a value is shown: for an error its message, `String`, JSON,
 * `inspect` and stack; for anything else (a result's `raw`, a hook's payload) its JSON and `inspect`.
 */
export function expectNoSecret(value: unknown, secrets: readonly string[]): void {
  const renderings = [String(value), JSON.stringify(value) ?? '', inspect(value, { depth: 10 })];
  if (value instanceof Error) renderings.push(value.message, value.stack ?? '');
  for (const secret of secrets) {
    for (const rendering of renderings)
      expect(rendering.includes(secret), `a credential appears in: ${rendering.slice(0, 300)}`).toBe(false);
  }
}
