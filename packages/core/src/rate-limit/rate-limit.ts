/**
 * A provider's request rate, kept by one process: requests wait their turn instead of going past it. The
 * same option names as `@sms/queue`'s shared limits, which hold one limit for several processes.
 */
export interface RateLimit {
  /** Requests per second to the provider (above 0; `0.5` is one request every 2 s). */
  requestsPerSecond: number;
  /**
   * Requests that may go at once after a quiet spell. Default 1: every request is spaced
   * 1/`requestsPerSecond` apart.
   */
  burst?: number;
}
