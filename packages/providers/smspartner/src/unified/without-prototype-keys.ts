import { SmsError } from '@sms/core';

/** Keys that reach an object's prototype when assigned: a callback may carry them, and none is a field. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// SMS Partner's callbacks are flat; the bound keeps a hostile body from exhausting the stack of the copy.
const MAX_DEPTH = 32;

/**
 * A copy of a parsed callback body made of plain objects and arrays, without `__proto__`, `constructor` and
 * `prototype` keys at any depth, so that copying or reading its fields can never reach or replace a
 * prototype (`{"__proto__": {"messageId": …}}` must not read as a delivery receipt).
 */
export function withoutPrototypeKeys(value: unknown, provider: string, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) {
    throw new SmsError(`This is not an SMS Partner callback: the body is nested more than ${MAX_DEPTH} levels deep.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  if (Array.isArray(value)) return value.map((item: unknown) => withoutPrototypeKeys(item, provider, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Plain assignment below is safe because the key can no longer be `__proto__`.
    if (!PROTOTYPE_KEYS.has(key))
      copy[key] = withoutPrototypeKeys((value as Record<string, unknown>)[key], provider, depth + 1);
  }
  return copy;
}
