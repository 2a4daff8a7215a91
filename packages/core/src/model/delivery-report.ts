import type { DeliveryStatus } from './delivery-status';

/** The delivery state of one message, from a status call or a delivery-receipt webhook. */
export interface DeliveryReport {
  provider: string;
  id: string;
  /** The recipient, where the provider says it. */
  to?: string;
  status: DeliveryStatus;
  /** The provider's raw status, unchanged. */
  providerStatus: string | number | null;
  /** When the provider says the status was reached. */
  at?: Date;
  cost?: number;
  raw: unknown;
}
