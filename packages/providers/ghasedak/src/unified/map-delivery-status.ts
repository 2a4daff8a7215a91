import type { DeliveryStatus } from '@sms/core';

/** The seed's `sms/status` values; the raw value is always kept beside the mapped one. */
const STATUSES: Readonly<Record<number, DeliveryStatus>> = {
  // "Handed to the operator": not final, and already past Ghasedak's own queue.
  0: 'sent',
  1: 'delivered',
  2: 'failed',
  8: 'sent',
  16: 'failed',
  27: 'rejected',
  // "The id sent is wrong".
  [-1]: 'unknown',
};

export function mapDeliveryStatus(status: number | undefined): DeliveryStatus {
  return status === undefined ? 'unknown' : (STATUSES[status] ?? 'unknown');
}
