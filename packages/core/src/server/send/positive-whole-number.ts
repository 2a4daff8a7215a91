import { SmsError } from '../../errors/sms-error';

/** An option that must be a positive whole number, checked at startup; `fallback` when it is left out. */
export function positiveWholeNumber(value: number | undefined, name: string, fallback: number, owner: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new SmsError(`${owner}: \`${name}\` must be a positive whole number, got ${String(value)}.`, {
      code: 'INVALID_INPUT',
    });
  }
  return value;
}
