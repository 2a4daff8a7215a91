/** Lenient readers for answers whose shape is only partly documented. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of `keys` present on the object, also tried with a capital first letter (`batchId`, `BatchId`). */
const capitalisedKeys = new Map<string, string>();

function capitalise(key: string): string {
  let capitalised = capitalisedKeys.get(key);
  if (capitalised === undefined) {
    capitalised = key.charAt(0).toUpperCase() + key.slice(1);
    capitalisedKeys.set(key, capitalised);
  }
  return capitalised;
}

export function pick(object: JsonObject, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = object[key];
    if (value !== undefined && value !== null) return value;
    const capitalisedValue = object[capitalise(key)];
    if (capitalisedValue !== undefined && capitalisedValue !== null) return capitalisedValue;
  }
  return undefined;
}

/** A string, or a number written as a string; anything else is `undefined`. */
export function readString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** An integer, also from a numeric string. */
export function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A date from an ISO string or Unix seconds; `undefined` when it cannot be read. */
export function readDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d{9,10}$/.test(value.trim())) return new Date(Number(value.trim()) * 1000);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** The objects of an array field, skipping anything that is not an object. */
export function readObjectList(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}
