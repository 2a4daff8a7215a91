import type { SmsClient, SmsError } from '@sms/core';
import type { Telemetry } from 'bullmq';
import type { SmsWorkerHooks } from '../observability/sms-queue-hooks';
import type { SmsQueueConnection } from '../connection/sms-queue-connection';
import type { SmsStatusPolls } from '../messages/status-polls-options';

/** Exponential backoff between retries of a refused send. */
export interface SmsWorkerBackoff {
  /** Wait before the first retry. Default 1,000 ms. */
  delayMs?: number;
  /** Each further wait is this many times the previous one. Default 2. */
  multiplier?: number;
  /** The longest wait the backoff gives (a provider's `Retry-After` may ask for more, and gets it). Default 60,000 ms. */
  maxDelayMs?: number;
}

export interface SmsWorkerOptions {
  connection: SmsQueueConnection;
  /** The client that sends (from `createSmsClient`): its providers, strategy, templates and hooks apply. */
  client: SmsClient;
  /** The BullMQ queue name, as given to `createSmsQueue`. Default `sms`. */
  name?: string;
  /** The Redis key prefix, as given to `createSmsQueue`. Default BullMQ's `bull`. */
  prefix?: string;
  /** Jobs this worker sends at once. Default 1. */
  concurrency?: number;
  /** Provider attempts per job, the first included; only proven refusals are retried. Default 3. */
  attempts?: number;
  /** The wait before a retry, or a function of the refusal count (1 for the first) and the error. */
  backoff?: SmsWorkerBackoff | ((refusals: number, error: SmsError) => number);
  /**
   * How long a job stays locked to this worker without a renewal (BullMQ `lockDuration`). A worker that
   * stops renewing (killed, frozen, cut from Redis) loses its jobs after this. Default 30,000 ms.
   */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker stopped (BullMQ `stalledInterval`). Default 30,000 ms. */
  stalledIntervalMs?: number;
  /**
   * Keep a record per recipient in Redis as each job settles (see the README's "Message status"). `false` spares
   * that work (about 1.8 µs of worker CPU and 31 µs of Redis CPU per recipient) for teams that read only job and
   * campaign status. Default `true`.
   */
  messageStatus?: boolean;
  /** Polls `client.getStatus` for messages sent and not yet settled (see the README's "Message status"). Default: no polls. */
  statusPolls?: SmsStatusPolls;
  /**
   * How long after a request went out a worker that finds it interrupted waits before looking its recipients
   * up at the provider (a request still in the network may land until then). Default 60,000 ms.
   */
  reconcileAfterMs?: number;
  /** Observers of each job run: `aroundJob` wraps it (a span), `onJobEnd` says how it ended. */
  hooks?: SmsWorkerHooks;
  /** BullMQ's own telemetry (e.g. `new BullMQOtel('app')` of `bullmq-otel`), passed to the BullMQ worker. */
  telemetry?: Telemetry;
  /** Called with errors of the worker itself (Redis connection…). Default: written to `console.error`. */
  onError?: (error: Error) => void;
}
