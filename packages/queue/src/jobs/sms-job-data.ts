import type { FailoverPolicy } from '@sms/core';
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
  enqueuedAt: string;
  refusals?: number;
  /**
   * Set just before the client is called and cleared only once a refusal is proven. A worker that finds it
   * set on a job it starts knows an earlier worker stopped mid-request.
   */
  inFlight?: { recipients: string[]; since: string };
  /** How the job ended, when it ended with an error (BullMQ keeps only a message for failures). */
  settlement?: SmsJobSettlement;
  /** The campaign this job is a chunk of. */
  campaignId?: string;
  /** The chunk's index in its campaign (its idempotency key is `campaign:<id>:<index>`). */
  campaignChunk?: number;
}

export interface SmsJobSettlement {
  state: 'failed' | 'unknown' | 'canceled';
  error: SmsErrorSummary;
  /** The recipients whose request may have gone out, when `unknown`. */
  recipients?: string[];
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
