import type { FailoverPolicy } from '@sms/core';
import type { SmsJobCarrier } from '../observability/sms-queue-hooks';
import type { QueuedSendResult, SmsErrorSummary } from '../status/sms-job-status';

/** `cancel`: cancels at the provider what a campaign chunk scheduled there (`message` is its `SendResult`). */
export type SmsJobOperation = 'send' | 'sendBatch' | 'sendTemplate' | 'cancel';

/** What a job holds in Redis. Dates are ISO strings there (BullMQ stores data as JSON). */
export interface SmsJobData {
  operation: SmsJobOperation;
  /** The `SmsMessage`, `TemplateMessage` or `BatchMessage[]`, as JSON. */
  message: unknown;
  provider?: string;
  failover?: FailoverPolicy;
  idempotencyKey: string;
  /** Unique per `send` call: tells the caller whether its call created the job or found an earlier one. */
  enqueueId: string;
  /** What the job sends (operation, message, provider, failover) as a digest: a key reused for another message is refused. */
  fingerprint?: string;
  enqueuedAt: string;
  refusals?: number;
  /**
   * Set just before the client is called and cleared only once a refusal is proven. A worker that finds it
   * set on a job it starts knows an earlier worker stopped mid-request.
   */
  inFlight?: SmsJobInFlight;
  /** Recipients a reconciliation found sent, kept while the rest of the job is sent again. */
  reconciled?: QueuedSendResult;
  /** How the job ended, when it ended with an error (BullMQ keeps only a message for failures). */
  settlement?: SmsJobSettlement;
  /** What the producer's `beforeEnqueue` hook asked to carry to the worker (a trace context). */
  carrier?: SmsJobCarrier;
  /** The campaign this job is a chunk of: its recipients' message records are found by it too. */
  campaignId?: string;
  /** The chunk's index in its campaign (its idempotency key is `campaign:<id>:<index>`). */
  campaignChunk?: number;
}

/**
 * The mark of a request that is (or was) out. Its recipients are the job's message's, and their references
 * are derived from the message and the job id (`inFlightOf`), so the mark stays a few bytes: it is written
 * before every request.
 */
export interface SmsJobInFlight {
  since: string;
  /** The ids of the providers the client could have sent it through. */
  providers?: string[];
  /** Whether the worker gave the message the job's own references (where every provider can look them up). */
  referencesAdded?: boolean;
}

/** What a person recorded with `queue.settle` for recipients that were `unknown`. */
export interface SmsJobDecision {
  sent: string[];
  notSent: string[];
  at: string;
}

export interface SmsJobSettlement {
  /** `sent` only once a person has settled every unknown recipient as sent (`queue.settle`). */
  state: 'failed' | 'unknown' | 'sent' | 'canceled';
  error: SmsErrorSummary;
  /** The recipients whose request may have gone out, when `unknown`. */
  recipients?: string[];
  /** Their references, lined up with `recipients`, and where they may have gone (for reconciliation). */
  references?: (string | null)[];
  providers?: string[];
  /** When their request went out. */
  since?: string;
  /** What a person decided for recipients that were unknown (`queue.settle`). */
  decided?: SmsJobDecision;
  /** What went through before the failure, when the send took several requests. */
  result?: QueuedSendResult;
  at: string;
}

/** What a job returns when the provider accepted the send. */
export interface SmsJobResult {
  result: QueuedSendResult;
  at: string;
  /** For a `cancel` job: the ids the provider canceled, and those it did not (or may not have). */
  cancel?: { canceled: string[]; notCanceled?: string[]; unknown?: string[] };
}
