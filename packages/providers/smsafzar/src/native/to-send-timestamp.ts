import { assertSendAt } from '@sms/core/provider-utils';

/**
 * `sendAt` as SMSAfzar's `sendTimestamp` (Unix seconds), refused locally when it is not in the future.
 * Rounded up, so a time a fraction of a second ahead does not become a second in the past.
 */
export function toSendTimestamp(sendAt: Date | undefined, provider: string): number | undefined {
  if (sendAt === undefined) return undefined;
  return Math.ceil(assertSendAt(sendAt, provider) / 1000);
}
