import { SmsError } from '../errors/sms-error';
import { forProvider } from './recipient-list-of';
import { timeOfDate } from './time-of-date';

/**
 * Refuses a `sendAt` that is not a valid date or is not in the future, before any request. Returns the
 * time in milliseconds.
 */
export function assertSendAt(sendAt: unknown, provider?: string, now: number = Date.now()): number {
  const owner = provider === undefined ? {} : { provider };
  const time = timeOfDate(sendAt);
  if (Number.isNaN(time)) {
    throw new SmsError(`sendAt${forProvider(provider)} is not a valid Date. Nothing was sent.`, {
      code: 'INVALID_INPUT',
      ...owner,
    });
  }
  if (time <= now) {
    throw new SmsError(
      `sendAt${forProvider(provider)} (${new Date(time).toISOString()}) is in the past; scheduled messages must be in the future. Omit sendAt to send now. Nothing was sent.`,
      { code: 'INVALID_INPUT', ...owner },
    );
  }
  return time;
}
