import type { SmsProvider } from '@sms/core';
import type { SmsQueueConnection } from '../connection/sms-queue-connection';

/** The limit of one provider, shared by every process that uses the same Redis and prefix. */
export interface SharedRateLimit {
  /** Requests per second to this provider, all workers together. */
  requestsPerSecond: number;
  /** Requests that may go at once after a quiet spell (1: evenly spaced). Default 1. */
  burst?: number;
  /** Recipients per second, for providers that limit them too. Default: not limited. */
  recipientsPerSecond?: number;
  /** Recipients that may go at once after a quiet spell. Default: one second's worth. */
  recipientBurst?: number;
}

export interface SharedRateLimitsOptions {
  /** The Redis the workers share: a URL or BullMQ connection options, as for the queue. */
  connection: SmsQueueConnection;
  /** Limits by provider id (`ghasedak`, or the `id` given to the provider). */
  limits: Record<string, SharedRateLimit>;
  /** Start of the Redis keys. Default `sms:rate`. */
  prefix?: string;
  /** How long a RATE_LIMITED answer without `Retry-After` pauses the provider, in ms. Default 1,000. */
  rateLimitedPauseMs?: number;
}

/** How much of a provider's limit a call uses. */
export interface RateLimitCost {
  requests: number;
  recipients?: number;
  /** Gives up waiting: the call is rejected with `ABORTED` and its reservation is given back. */
  signal?: AbortSignal;
}

export interface SharedRateLimits {
  /**
   * The provider with every call of its unified API (send, sendBatch, sendTemplate, cancel, getStatus,
   * getBalance, listInbound) made to wait for its share of the limit, and a RATE_LIMITED answer pausing the
   * provider for every process. Everything else (`id`, `capabilities`, `native`…) is the provider's own.
   */
  wrap<Provider extends SmsProvider>(provider: Provider): Provider;
  /** Waits until a call of this cost may go to the provider, reserving its place; never refuses. */
  acquire(providerId: string, cost: RateLimitCost): Promise<void>;
  /** Pauses the provider for every process for `ms` (longer pauses already set are kept). */
  pause(providerId: string, ms: number): Promise<void>;
  /** Closes the Redis connection. Calls still waiting are rejected. */
  close(): Promise<void>;
}
