import { SmsError } from '@sms/core';

/** SMSAfzar returns 1 to 100 received messages per call. */
export const MAX_RECEIVED_COUNT = 100;

export function assertCount(count: unknown, provider: string): number {
  if (typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_RECEIVED_COUNT) return count;
  throw new SmsError(`count for ${provider} must be an integer from 1 to ${MAX_RECEIVED_COUNT}, got ${JSON.stringify(count)}.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}
