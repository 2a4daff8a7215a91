import { expect } from 'vitest';
import { SmsError } from '../errors/sms-error';

/** Runs `action`, which must fail with an `SmsError`, and returns that error for the test to look at. */
export async function catchSmsError(action: () => Promise<unknown>): Promise<SmsError> {
  try {
    await action();
  } catch (error) {
    expect(SmsError.isInstance(error), `expected an SmsError, got ${String(error)}`).toBe(true);
    return error as SmsError;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
