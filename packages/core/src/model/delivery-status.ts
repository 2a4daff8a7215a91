/**
 * The delivery states every provider's own status is mapped to. The provider's raw status is always kept
 * beside it (`providerStatus`), because a normalised state loses detail.
 */
export type DeliveryStatus =
  'scheduled' | 'queued' | 'sent' | 'delivered' | 'failed' | 'rejected' | 'expired' | 'canceled' | 'unknown';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  'scheduled',
  'queued',
  'sent',
  'delivered',
  'failed',
  'rejected',
  'expired',
  'canceled',
  'unknown',
];

const FINAL_STATUSES: ReadonlySet<DeliveryStatus> = new Set(['delivered', 'failed', 'rejected', 'expired', 'canceled']);

/** A final status never changes again; polling for it can stop. */
export function isFinalStatus(status: DeliveryStatus): boolean {
  return FINAL_STATUSES.has(status);
}
