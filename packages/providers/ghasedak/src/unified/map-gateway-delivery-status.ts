import type { DeliveryStatus } from '@sms/core';

/**
 * The gateway's `CheckSmsStatus` values (reference §2.6, the 0–8 table of the panel docs), which mean other
 * things than v2's (`1` is delivered on v2, cancelled here). The raw value is always kept beside the mapped one.
 */
export const GHASEDAK_GATEWAY_STATUSES: Readonly<Record<number, DeliveryStatus>> = {
  // "No status yet": not final, still in Ghasedak's hands.
  0: 'queued',
  1: 'canceled',
  2: 'rejected',
  // "Handed to the operator": not final.
  3: 'sent',
  4: 'failed',
  5: 'delivered',
  6: 'failed',
  // "Debug mode": nothing went out, but it did not fail either.
  7: 'unknown',
  8: 'unknown',
};

/** Values outside the table (the retired 0–17 enum included) are `unknown`, never guessed. */
export function mapGatewayDeliveryStatus(status: number | undefined): DeliveryStatus {
  return status === undefined ? 'unknown' : (GHASEDAK_GATEWAY_STATUSES[status] ?? 'unknown');
}
