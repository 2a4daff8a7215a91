import { SmsError } from '@sms/core';
import { assertSendAt } from '@sms/core/provider-utils';

/** Ghasedak's documented per-request list limit (error 3: "array length greater than 100"). */
export const GHASEDAK_MAX_LIST_SIZE = 100;

function invalid(provider: string, message: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

/** Sender lines are digits (`10008566`, `30005088`); anything else is refused before any request. */
export function assertLineNumber(value: unknown, provider: string, name = 'lineNumber'): string {
  const line = typeof value === 'string' ? value.trim() : value;
  if (typeof line !== 'string' || !/^\d{3,20}$/.test(line)) {
    throw new SmsError(
      `${name} for ${provider} must be one of your sender lines, written in digits (e.g. 10008566); got ${JSON.stringify(value)}. Nothing was sent.`,
      {
        code: 'INVALID_SENDER',
        provider,
      },
    );
  }
  return line;
}

/**
 * A value that goes into one of Ghasedak's comma-separated lists (or may be split like one): it must be a
 * non-empty string without a comma, since the server splits on commas and has no escape.
 */
export function assertListValue(value: unknown, provider: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalid(provider, `${name} for ${provider} must be a non-empty string.`);
  if (value.includes(',')) {
    throw invalid(
      provider,
      `${name} for ${provider} must not contain a comma: Ghasedak splits this field on commas. Got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

export function assertNonEmptyString(value: unknown, provider: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalid(provider, `${name} for ${provider} must be a non-empty string.`);
  return value;
}

/** At least one and at most 100 items per request. */
export function assertListSize(list: unknown, provider: string, name: string): void {
  if (!Array.isArray(list) || list.length === 0)
    throw invalid(provider, `${name} for ${provider} must be a non-empty list.`);
  if (list.length > GHASEDAK_MAX_LIST_SIZE) {
    throw invalid(
      provider,
      `${name} for ${provider} has ${list.length} items; Ghasedak takes at most ${GHASEDAK_MAX_LIST_SIZE} per request. Split the list.`,
    );
  }
}

/** A whole number in a range, e.g. a page or a page size. */
export function assertInteger(
  value: unknown,
  provider: string,
  name: string,
  minimum: number,
  maximum = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
    const range = maximum === Number.MAX_SAFE_INTEGER ? `at least ${minimum}` : `from ${minimum} to ${maximum}`;
    throw invalid(provider, `${name} for ${provider} must be a whole number ${range}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A group or contact id: a positive whole number, given as a number or a string of digits. */
export function assertId(value: unknown, provider: string, name: string): string {
  const text =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value.trim()
        : '';
  if (!/^\d+$/.test(text))
    throw invalid(provider, `${name} for ${provider} must be a numeric id; got ${JSON.stringify(value)}.`);
  return text;
}

/** A time that must be a valid `Date` (any time, e.g. a search range). */
export function assertDate(value: unknown, provider: string, name: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw invalid(provider, `${name} for ${provider} must be a valid Date.`);
  return value;
}

/** A send time: a valid `Date` in the future. */
export function assertSendDate(value: unknown, provider: string): Date {
  assertSendAt(value, provider);
  return value as Date;
}
