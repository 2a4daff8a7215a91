import type { SmsJobOperation } from '../jobs/sms-job-data';
import type { QueuedSendResult, SmsErrorSummary } from './sms-job-status';

/** One recipient of an unsettled send: it may or may not have the message. */
export interface UnsettledRecipient {
  to: string;
  /** The reference the message was sent with (Ghasedak `checkid`), to look it up at the provider. */
  reference?: string;
  /** This recipient's text, in a batch. */
  text?: string;
}

/** A send whose outcome is `unknown` for some recipients: everything a person needs to settle it. */
export interface UnsettledSend {
  jobId: string;
  idempotencyKey: string;
  operation: SmsJobOperation;
  recipients: UnsettledRecipient[];
  /** Where it may have gone: the provider the send named, else every provider of the worker's client. */
  providers: string[];
  /** Why it is unknown: `INTERRUPTED`, `TIMEOUT`, `NETWORK`… with the provider's code where there was one. */
  error: SmsErrorSummary;
  /** The text, for `send`. */
  text?: string;
  /** The template name, for `sendTemplate`. */
  template?: string;
  /** Recipients of the same job already found (or settled) sent. */
  result?: QueuedSendResult;
  enqueuedAt: Date;
  /** When its request went out, where known. */
  since?: Date;
  settledAt?: Date;
}
