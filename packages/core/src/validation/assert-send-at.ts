import { SmsError } from '../errors/sms-error';

/**
 * Refuses a `sendAt` that is not a valid date or is not in the future, before any request. Returns the
 * time in milliseconds.
 */
export function assertSendAt(sendAt: unknown, provider: string, now: number = Date.now()): number {
  if (!(sendAt instanceof Date) || Number.isNaN(sendAt.getTime())) {
    throw new SmsError(`sendAt for ${provider} is not a valid Date. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
  }
  const time = sendAt.getTime();
  if (time <= now) {
    throw new SmsError(
      `sendAt for ${provider} (${sendAt.toISOString()}) is in the past; scheduled messages must be in the future. Omit sendAt to send now. Nothing was sent.`,
      { code: 'INVALID_INPUT', provider },
    );
  }
  return time;
}
