import type { SimulatedMessageStatus } from '../../simulated-message';

/**
 * Only `1` is documented (the send answer). The simulator's own convention for the rest:
 * 1 accepted, 2 sent to the operator, 3 delivered, 4 failed, 5 scheduled, 6 canceled.
 */
export const SMSAFZAR_STATUS_CODES: Record<SimulatedMessageStatus, number> = {
  queued: 1,
  sent: 2,
  delivered: 3,
  failed: 4,
  scheduled: 5,
  canceled: 6,
};

export const SMSAFZAR_PRICE_PER_PART = 1800;

/** Rials with thousands separators, as the seed writes them: "1,800". */
export function formatRials(amount: number): string {
  return Math.round(amount).toLocaleString('en-US');
}
