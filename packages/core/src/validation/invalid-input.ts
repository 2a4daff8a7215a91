import { SmsError } from '../errors/sms-error';

/** An `INVALID_INPUT` error for a value of the wrong type or shape, found before any request. */
export function invalidInput(message: string, provider: string | undefined): SmsError {
  return new SmsError(`${message} Nothing was sent.`, {
    code: 'INVALID_INPUT',
    ...(provider === undefined ? {} : { provider }),
  });
}

/** A plain or class object, not `null` and not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
