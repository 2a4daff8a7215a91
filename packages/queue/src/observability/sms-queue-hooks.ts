import type { SmsJobOperation } from '../jobs/sms-job-data';
import type { SmsErrorSummary } from '../status/sms-job-status';

/**
 * String fields a hook asks to carry with a job from the producer to the worker: a W3C trace context
 * (`traceparent`, `tracestate`) so the worker's spans join the trace that enqueued the message.
 */
export type SmsJobCarrier = Record<string, string>;

export interface EnqueueEvent {
  /** `campaign` for `queue.campaign`: the hook runs once, and its carrier goes with every chunk. */
  operation: SmsJobOperation | 'campaign';
  /** The job the call adds or finds; for a campaign, undefined. */
  jobId?: string;
  idempotencyKey?: string;
  campaignId?: string;
  /** Recipients of the message; for a campaign, undefined (they are streamed). */
  recipients?: number;
  provider?: string;
}

export interface EnqueuedEvent extends EnqueueEvent {
  jobId: string;
  idempotencyKey: string;
  /** `false` when the idempotency key was enqueued before: nothing new was added. */
  created: boolean;
}

/** Observers of the producer. A hook that throws is ignored: it never breaks an enqueue. */
export interface SmsQueueHooks {
  /** Before a job is added: the fields it returns travel with the job to the worker's hooks. */
  beforeEnqueue?(event: EnqueueEvent): SmsJobCarrier | void;
  onEnqueued?(event: EnqueuedEvent): void;
}

export interface JobEvent {
  jobId: string;
  idempotencyKey: string;
  operation: SmsJobOperation;
  recipients: number;
  provider?: string;
  campaignId?: string;
  /** 1 for the first run of the job, 2 after a refusal or an interruption… */
  attempt: number;
  /** The worker found the job interrupted mid-request: this run reconciles it with the provider. */
  reconciling: boolean;
  /** What `beforeEnqueue` returned when the job was enqueued. */
  carrier: SmsJobCarrier;
}

/**
 * How a run of a job ended. `sent`, `failed`, `unknown`, `canceled`: the job settled. `delayed`: it runs again
 * later (a retry after a proven refusal, or the grace period before a reconciliation).
 */
export type JobRunEnd = 'sent' | 'failed' | 'unknown' | 'canceled' | 'delayed';

export interface JobEndEvent extends JobEvent {
  end: JobRunEnd;
  durationMs: number;
  /** Recipients the provider accepted, once `sent`. */
  accepted?: number;
  error?: SmsErrorSummary;
}

/** Observers of the worker. A hook that throws is ignored (`aroundJob` excepted: it runs the job). */
export interface SmsWorkerHooks {
  /**
   * Runs each job: call `run` (inside your span or context, so the client's own hooks and HTTP spans nest
   * under it) and return what it returns.
   */
  aroundJob?<T>(event: JobEvent, run: () => Promise<T>): Promise<T>;
  onJobEnd?(event: JobEndEvent): void;
}
