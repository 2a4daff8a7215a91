import type { Dispatcher } from '@sms/core';

/** Settings of `createGhasedak()`. */
export interface GhasedakSettings {
  /** The account's API key (panel → account settings). Default: the `GHASEDAK_API_KEY` environment variable, read at the first call. */
  apiKey?: string;
  /**
   * Your default sender line (e.g. `30005088`; the free plan's test line is `10008566`). Used when a message
   * has no `from`; Ghasedak picks your highest-priority line when neither is given.
   */
  lineNumber?: string;
  /** Default `https://api.ghasedak.me`; paths are `v2/...` below it. */
  baseUrl?: string;
  /** An undici dispatcher to send through (a `MockAgent` in tests, a `ProxyAgent` in production). You close it. */
  dispatcher?: Dispatcher;
  /**
   * The overall deadline of every call, in milliseconds, from the request to the last byte of the answer.
   * Default 60 000 (60 s); a call's own `timeoutMs` wins. It cannot be turned off.
   */
  timeoutMs?: number;
  /** Most bytes of an answer read; a larger answer fails with `BAD_RESPONSE` (outcome `unknown`). Default 1 048 576 (1 MiB). */
  maxResponseBytes?: number;
  /** Most sockets open at once to Ghasedak. Default 32. */
  connections?: number;
  /** Most requests in flight at once when a send is split into requests of 100. Default 8. */
  concurrency?: number;
  /** The provider id, for several Ghasedak accounts in one client. Default `ghasedak`. */
  id?: string;
}
