/** The answer to a cancel: which message ids were canceled. */
export interface CancelResult {
  provider: string;
  canceled: string[];
  /** Ids the provider did not cancel, when it says so per id. */
  notCanceled?: string[];
  raw: unknown;
}
