import type { FailoverPolicy, SmsCapabilities } from '@sms/core';
import type { SmsErrorSummary } from '../status/sms-job-status';

/** One recipient of a campaign: a phone number, or a number with its own template params or its own text. */
export type CampaignRecipient =
  | string
  | {
      to: string;
      /** Merged over the campaign's template `params` for this recipient. */
      params?: Readonly<Record<string, string>>;
      /** This recipient's own text, instead of the campaign's `text`. */
      text?: string;
    };

/** A recipient as a personalising function receives it. */
export interface CampaignRecipientEntry {
  to: string;
  params?: Readonly<Record<string, string>>;
  text?: string;
}

/** A personalised message of a campaign: its text (the recipient comes from the recipient list). */
export type PersonalisedMessage = string | { text: string; from?: string; reference?: string };

/**
 * What a campaign sends: one `text` to everyone, a `template` of the client's registry (per-recipient
 * `params` merged over these), or a function that writes each recipient's own message (sent with `sendBatch`).
 */
export type CampaignContent =
  | { text: string; from?: string; reference?: string }
  | { template: string; params?: Readonly<Record<string, string>>; from?: string; reference?: string }
  | ((recipient: CampaignRecipientEntry) => PersonalisedMessage | Promise<PersonalisedMessage>);

export interface CampaignOptions {
  /**
   * The campaign's id. Running a campaign again with the same id adds no chunk twice, so an enqueue that was
   * interrupted can be resumed by running it again with the same recipients. Default: a random id.
   */
  id?: string;
  /** Recipients per job (one job is one provider request). Default: from `capabilities`, else 100. */
  chunkSize?: number;
  /** The provider's capabilities (`GHASEDAK_CAPABILITIES`…): chunks follow its per-request limits. */
  capabilities?: Pick<SmsCapabilities, 'maxRecipientsPerRequest'> & Partial<SmsCapabilities>;
  /** When to send. Must be in the future. */
  sendAt?: Date;
  /**
   * Who holds the messages until `sendAt`: `queue` (default) keeps the jobs delayed in Redis, so cancel removes
   * them; `provider` sends at once with the message's `sendAt`, and cancel asks the provider to cancel them.
   */
  schedule?: 'queue' | 'provider';
  /** The id of the client's provider to use. */
  provider?: string;
  failover?: FailoverPolicy;
  /** How often a handle with `progress` listeners reads the counters. Default 1,000 ms. */
  progressIntervalMs?: number;
}

export type CampaignState = 'enqueuing' | 'enqueued' | 'canceled' | 'done';

/** Recipients per state. `sent` counts what the provider accepted (or scheduled). */
export interface CampaignCounts {
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  unknown: number;
  canceled: number;
}

export interface CampaignStatus {
  id: string;
  /**
   * `enqueuing`: chunks are still being added. `enqueued`: all are in the queue. `done`: every chunk has
   * settled. `canceled`: canceled (chunks a worker already had still settle as they end).
   */
  state: CampaignState;
  /** Recipients enqueued so far (all of them once `enqueued`). */
  recipients: number;
  /** Jobs enqueued so far. */
  chunks: number;
  /** Jobs that ended (sent, failed, unknown or canceled). */
  settledChunks: number;
  counts: CampaignCounts;
  createdAt: Date;
  sendAt?: Date;
  schedule: 'queue' | 'provider';
  provider?: string;
  canceledAt?: Date;
}

/** A recipient the campaign did not (or may not have) reached. */
export interface CampaignRecipientIssue {
  to: string;
  state: 'failed' | 'unknown' | 'canceled';
  /** The chunk job it belonged to, for `status(jobId)`. */
  jobId: string;
  error?: SmsErrorSummary;
}

export interface CampaignReport extends CampaignStatus {
  /**
   * Every recipient that failed, is unknown or was canceled, read from Redis one chunk at a time (so a big
   * campaign is never held in memory). Only chunks Redis still keeps (see `retention`) are read.
   */
  issues(): AsyncIterable<CampaignRecipientIssue>;
}

export interface CampaignEvents {
  progress: [status: CampaignStatus];
  done: [status: CampaignStatus];
  error: [error: Error];
}

/** A running campaign, as `campaign()` returns it. */
export interface SmsCampaign {
  readonly id: string;
  /** Resolves once every chunk is in the queue (or the campaign was canceled); rejects if enqueuing failed. */
  enqueued(): Promise<CampaignStatus>;
  status(): Promise<CampaignStatus>;
  counts(): Promise<CampaignCounts>;
  report(): Promise<CampaignReport>;
  /** Removes the chunks no worker has taken; with `schedule: 'provider'`, cancels the sent ones at the provider. */
  cancel(): Promise<CampaignStatus>;
  /** Resolves once every chunk has settled. */
  done(): Promise<CampaignStatus>;
  on<Event extends keyof CampaignEvents>(event: Event, listener: (...args: CampaignEvents[Event]) => void): this;
  off<Event extends keyof CampaignEvents>(event: Event, listener: (...args: CampaignEvents[Event]) => void): this;
}
