/** One webhook the simulator posted (SMS Partner `urlDlr` / `urlResponse`). */
export interface WebhookCall {
  url: string;
  payload: Record<string, unknown>;
  at: string;
  /** The receiver's HTTP status, once it answered. */
  status?: number;
  /** Why the call failed, when it did (connection refused, timeout…). */
  error?: string;
}
