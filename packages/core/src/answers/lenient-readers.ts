import { toLatinDigits } from '../text/to-latin-digits';

// Lenient readers for provider answers, whose shapes are only partly documented: a number may come as a
// string with thousands separators or in Persian digits, an id as a number, a field under another casing.
// Every reader takes the value itself (`readNumber(item)`) or an object and the names a field may go by
// (`readNumber(item, 'totalcount', 'totalCount')`), and gives `undefined` (a list reader: an empty list) for
// anything it cannot read, so a surprising answer never throws a TypeError.

/** Whether a value is a plain object (not `null`, not an array): what a JSON answer's `{…}` parses to. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `batchId` → `BatchId`: the other casing some providers use for the same field. */
function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function ownValue(record: Record<string, unknown>, name: string): unknown {
  // Own fields only: a field named `constructor` or `toString` must not read Object.prototype's.
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/**
 * The value of the first of `names` that `source` holds, each name also tried with a capital first letter
 * (`batchId`, then `BatchId`); `null` counts as absent. `undefined` when `source` is not an object.
 */
export function readField(source: unknown, ...names: string[]): unknown {
  if (!isRecord(source)) return undefined;
  for (const name of names) {
    const value = ownValue(source, name) ?? ownValue(source, capitalised(name));
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** The value itself when no field names are given, else the field `readField` finds. */
function valueAt(source: unknown, names: readonly string[]): unknown {
  return names.length === 0 ? source : readField(source, ...names);
}

/** A string, or a finite number as its text (`42` → `'42'`). */
export function readString(source: unknown, ...names: string[]): string | undefined {
  const value = valueAt(source, names);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * An id as a string: a finite number as its text (ids past 2^31 come as JSON numbers), a string trimmed;
 * a blank string is no id.
 */
export function readId(source: unknown, ...names: string[]): string | undefined {
  const value = valueAt(source, names);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

// Thousands separators (comma, Arabic comma U+060C, Arabic thousands sign U+066C) and spaces, zero-width
// non-joiner included, which Persian text puts between groups.
const THOUSANDS_SEPARATORS = /[,\u060c\u066c\s\u00a0\u200c]/g;
const ARABIC_DECIMAL_SEPARATOR = '\u066b';
const DECIMAL_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * A finite number, also from a string: `"1,800"`, `"1 250 000"`, `"۱٬۸۰۰"`, `"۱۲٫۵"` (Persian digits and
 * separators), `"12.5"`, `"1e3"`. Anything else (`"free"`, `"0x10"`, `"Infinity"`, `""`) is `undefined`.
 */
export function readNumber(source: unknown, ...names: string[]): number | undefined {
  const value = valueAt(source, names);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const plain = toLatinDigits(value).replace(THOUSANDS_SEPARATORS, '').replace(ARABIC_DECIMAL_SEPARATOR, '.');
  if (!DECIMAL_NUMBER.test(plain)) return undefined;
  const number = Number(plain);
  return Number.isFinite(number) ? number : undefined;
}

const INTEGER_TEXT = /^\s*-?\d+\s*$/;

/**
 * An integer: a whole number, or a string of digits with an optional minus sign and surrounding spaces
 * (Persian and Arabic-Indic digits too). Fractions and grouped numbers (`"1,800"`) are `undefined`: read
 * amounts with `readNumber`.
 */
export function readInteger(source: unknown, ...names: string[]): number | undefined {
  const value = valueAt(source, names);
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const latin = toLatinDigits(value);
  return INTEGER_TEXT.test(latin) ? Number(latin) : undefined;
}

/** A boolean: `true` / `false`, the strings `"true"` / `"false"` in any case, and `1` / `0` as numbers or strings. */
export function readBoolean(source: unknown, ...names: string[]): boolean | undefined {
  const value = valueAt(source, names);
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

const UNIX_SECONDS = /^\d{9,10}$/;

/**
 * A date: a valid `Date`, Unix seconds (a number, or a string of 9 or 10 digits), or a string `Date` can
 * parse (ISO 8601). A string without a zone is read as `Date` reads it; providers that write local times
 * read them with `instantOfWallClock` instead.
 */
export function readDate(source: unknown, ...names: string[]): Date | undefined {
  const value = valueAt(source, names);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (UNIX_SECONDS.test(value.trim())) return new Date(Number(value.trim()) * 1000);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** A plain object (see `isRecord`). */
export function readRecord(source: unknown, ...names: string[]): Record<string, unknown> | undefined {
  const value = valueAt(source, names);
  return isRecord(value) ? value : undefined;
}

/** A list as it is; an empty list for anything that is not one. */
export function readList(source: unknown, ...names: string[]): unknown[] {
  const value = valueAt(source, names);
  return Array.isArray(value) ? value : [];
}

/** The plain objects of a list, skipping its other items; an empty list for anything that is not a list. */
export function readRecordList(source: unknown, ...names: string[]): Record<string, unknown>[] {
  return readList(source, ...names).filter(isRecord);
}
