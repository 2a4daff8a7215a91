/**
 * The answer to a cancel: which message ids were canceled. A cancel that fails part-way throws an `SmsError`
 * whose `result` is this object, so every id is in exactly one of `canceled`, `notCanceled` and `unknown`.
 */
export interface CancelResult {
  provider: string;
  canceled: string[];
  /** Ids that were provably not canceled: refused by the provider, or never asked for after a failure. */
  notCanceled?: string[];
  /**
   * Ids whose request may or may not have been applied (a timeout, a reset connection, a 5xx answer): check
   * their status before relying on them either way.
   */
  unknown?: string[];
  raw: unknown;
}
