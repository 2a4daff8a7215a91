import type { FailoverPolicy } from '@sms/core';
import type { Telemetry } from 'bullmq';
import type { SmsQueueHooks } from '../observability/sms-queue-hooks';
import type { SmsQueueConnection } from '../connection/sms-queue-connection';
import type { SmsJobState } from '../status/sms-job-status';

/** How long settled jobs (and so their idempotency keys) are kept in Redis. */
export interface SmsQueueRetention {
  /** Seconds a settled job is kept after it settles. Default 7 days (604,800). */
  ageSeconds?: number;
  /** At most this many settled jobs of each kind (sent, failed) are kept. Default: no limit. */
  count?: number;
}

export interface SmsQueueOptions {
  connection: SmsQueueConnection;
  /** The BullMQ queue name, shared with the workers. Default `sms`. */
  name?: string;
  /** The Redis key prefix, shared with the workers. Default BullMQ's `bull`. */
  prefix?: string;
  retention?: SmsQueueRetention;
  /** Observers of each enqueue; `beforeEnqueue` may carry a trace context to the worker. */
  hooks?: SmsQueueHooks;
  /** BullMQ's own telemetry (e.g. `new BullMQOtel('app')` of `bullmq-otel`), passed to the BullMQ queue. */
  telemetry?: Telemetry;
}

export interface EnqueueOptions {
  /**
   * The same key enqueued again (from any process, at any moment) finds the first job instead of adding a
   * second one, for as long as that job is retained. Default: a random key, so every call is a new job.
   */
  idempotencyKey?: string;
  /** The id of the client's provider to use (the client's `provider` option). */
  provider?: string;
  /** The client's failover policy for this send. */
  failover?: FailoverPolicy;
}

export interface EnqueueResult {
  jobId: string;
  idempotencyKey: string;
  /** The job's state right after this call; for a repeated key, that of the earlier job. */
  state: SmsJobState;
  /** `false` when the key was already enqueued: this call added nothing. */
  created: boolean;
}
