import type { SendOutcome, SendResult, SentMessage, SmsErrorCode } from '@sms/core';

/**
 * Where a queued send stands. `queued`: waiting for a worker (also between retries). `sending`: a worker has
 * it. `sent`: the provider accepted it (`result` says per recipient). `failed`: provably not sent.
 * `unknown`: it may have gone out; it is never sent again by the queue. `canceled`: canceled before a worker
 * took it (`cancel`, or its campaign was canceled); nothing was sent.
 */
export type SmsJobState = 'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'canceled';

/**
 * `INTERRUPTED`: the worker stopped (killed, lost Redis, lock expired) after the request may have gone out,
 * so the recipients in flight are `unknown`.
 */
export type SmsJobErrorCode = SmsErrorCode | 'INTERRUPTED';

/** An `SmsError` as kept in Redis: what to branch on and show, never a credential. */
export interface SmsErrorSummary {
  code: SmsJobErrorCode;
  message: string;
  outcome: SendOutcome;
  retryable: boolean;
  provider?: string;
  providerCode?: string | number;
  statusCode?: number;
  retryAfterMs?: number;
}

/** A `SendResult` as read back from Redis: per-recipient errors are summaries. */
export interface QueuedSendResult extends Omit<SendResult, 'messages'> {
  messages: (Omit<SentMessage, 'error'> & { error?: SmsErrorSummary })[];
}

export interface SmsJobStatus {
  jobId: string;
  idempotencyKey: string;
  state: SmsJobState;
  /** Provider attempts refused so far with a proven `not-sent` (each retried after a backoff). */
  refusals: number;
  /** Once `sent`; after a failure, what went through before it, when the send took several requests. */
  result?: QueuedSendResult;
  /** Once `failed` or `unknown`. */
  error?: SmsErrorSummary;
  /** When `unknown` after an interruption: the recipients whose request may have gone out. */
  recipients?: string[];
  enqueuedAt: Date;
  /** What a person recorded with `queue.settle` for recipients that were `unknown`. */
  decided?: { sent: string[]; notSent: string[]; at: Date };
  /** When the job settled (`sent`, `failed`, `unknown` or `canceled`). */
  settledAt?: Date;
}
