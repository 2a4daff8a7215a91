/** Options every network call accepts. */
export interface CallOptions {
  /** Aborts the call. A send aborted after its request was written has an `unknown` outcome. */
  signal?: AbortSignal;
  /**
   * An overall deadline for this call, in milliseconds (a whole number from 1 to 2147483647), on top of the
   * provider's connect/headers/body timeouts.
   */
  timeoutMs?: number;
}
