/** A provider's request rate limit in the simulator: requests past it are answered 429 with `Retry-After`. */
export interface SimulatorRateLimit {
  /** Requests per second the provider accepts, over all its endpoints. */
  requestsPerSecond: number;
  /**
   * Requests accepted at once after a quiet spell; also how much unevenness a client keeping exactly to
   * `requestsPerSecond` may show (network jitter). Default 1.
   */
  burst?: number;
  /** The `Retry-After` of the 429 answer, in whole seconds. Default: until a request would be accepted, rounded up (at least 1). */
  retryAfterSeconds?: number;
}

/** One request a rate-limited provider received. */
export interface RateLimitedRequest {
  /** When it arrived, in ms since the epoch on the simulator's clock. */
  at: number;
  /** The endpoint, relative to the provider's base URL. */
  path: string;
  /** `false`: it was answered 429. */
  accepted: boolean;
}

/** What a rate-limited provider saw: counts and every request with its time, oldest first. */
export interface RateLimitLog {
  accepted: number;
  refused: number;
  requests: RateLimitedRequest[];
}
