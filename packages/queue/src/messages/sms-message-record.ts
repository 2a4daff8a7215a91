import type { DeliveryStatus } from '@sms/core';
import type { SmsJobErrorCode } from '../status/sms-job-status';

/**
 * Where one recipient's message stands. `queued` and `sending`: its job has not settled. `sent`: the provider
 * accepted it. `delivered`, `failed` and `canceled` are final. `unknown`: its request may have gone out.
 */
export type SmsMessageState = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'unknown' | 'canceled';

/** One recipient of a job, as kept in Redis from the moment its job settles until the queue's retention ends. */
export interface SmsMessageRecord {
  jobId: string;
  idempotencyKey: string;
  campaignId?: string;
  /** This recipient's position in its job (0 for the first). */
  index: number;
  /** The recipient: E.164 once the provider accepted it, as enqueued otherwise. */
  to: string;
  /** The provider that sent it. */
  provider?: string;
  /** The provider's message id. */
  id?: string;
  /** Your per-message reference (`reference` of the message or of its batch entry). */
  reference?: string;
  state: SmsMessageState;
  /** The last normalised status the provider gave (at the send, in a delivery report or a status poll). */
  deliveryStatus?: DeliveryStatus;
  /** The provider's own status value, unchanged. */
  providerStatus?: string;
  /** Why it was not sent, or may not have been (`failed` or `unknown` at the send). */
  error?: { code: SmsJobErrorCode; message: string };
  cost?: number;
  /** When its job settled. */
  settledAt?: Date;
  /** When the provider says it was delivered (or when the report came, if it does not say). */
  deliveredAt?: Date;
  updatedAt: Date;
}

/** What `messages()` looks for: the recipients of one job, of a campaign, with a reference, or one provider id. */
export type SmsMessageQuery =
  | { jobId: string }
  | { idempotencyKey: string }
  | { campaignId: string }
  | { reference: string }
  | { provider: string; id: string };

export interface SmsMessagePage {
  /** Records to skip, in the index's order (a job's recipients in order; otherwise in settling order). Default 0. */
  offset?: number;
  /** At most this many records. Default 100, at most 1,000. */
  limit?: number;
}

/** What `recordDeliveryReports` did with the reports it was given. */
export interface DeliveryReportsRecorded {
  /** Reports that moved a message forward. */
  updated: number;
  /** Reports for a known message that would not move it forward (older news, or after a final state). */
  ignored: number;
  /** Reports for a provider id no record has (not sent through this queue, or past its retention). */
  notFound: number;
}
