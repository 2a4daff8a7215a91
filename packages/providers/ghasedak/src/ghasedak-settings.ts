import { SmsError, type Dispatcher, type RateLimit } from '@sms/core';
import { assertLineNumber } from './native/ghasedak-inputs';

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
  /**
   * Most requests per second to Ghasedak, kept in this process: every request (each chunk of a bulk send, each
   * status or balance call) waits its turn, first come first served, instead of going past it, and a 429
   * answer holds every call of this provider for its `Retry-After`. The wait counts in the call's
   * `timeoutMs`. Default: no limit. Several processes: `createSharedRateLimits` in `@sms/queue`.
   */
  rateLimit?: RateLimit;
  /** The provider id, for several Ghasedak accounts in one client. Default `ghasedak`. */
  id?: string;
}

/** Where `createGhasedak()` reads the API key when the `apiKey` setting is not given. */
export const GHASEDAK_API_KEY_ENVIRONMENT_VARIABLE = 'GHASEDAK_API_KEY';
export const GHASEDAK_DEFAULT_BASE_URL = 'https://api.ghasedak.me';
export const GHASEDAK_DEFAULT_ID = 'ghasedak';

/** The settings once checked, with their defaults; what the transport and the API calls are built from. */
export interface ResolvedGhasedakSettings {
  provider: string;
  apiKey: string | undefined;
  baseUrl: string;
  dispatcher: Dispatcher | undefined;
  timeoutMs: number | undefined;
  maxResponseBytes: number | undefined;
  connections: number | undefined;
  rateLimit: RateLimit | undefined;
  /** The default sender line, already validated. */
  lineNumber: string | undefined;
  concurrency: number | undefined;
}

/**
 * Checks what can be checked at creation (the id, the sender line, the concurrency) and fills in the
 * defaults. The API key is not read here: it is read at the first call, so the provider can be built before
 * the environment is set. `timeoutMs`, `maxResponseBytes`, `connections` and `rateLimit` are checked by core's HTTP client.
 */
export function resolveGhasedakSettings(settings: GhasedakSettings): ResolvedGhasedakSettings {
  const provider = settings.id ?? GHASEDAK_DEFAULT_ID;
  if (typeof provider !== 'string' || !/^[a-z0-9-]+$/.test(provider)) {
    throw new SmsError(
      `id for createGhasedak() must be lower-case letters, digits and dashes; got ${JSON.stringify(settings.id)}.`,
      { code: 'INVALID_INPUT' },
    );
  }
  const concurrency = settings.concurrency;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new SmsError(
      `concurrency for ${provider} must be a whole number of at least 1; got ${String(concurrency)}.`,
      { code: 'INVALID_INPUT', provider },
    );
  }
  return {
    provider,
    apiKey: settings.apiKey,
    baseUrl: settings.baseUrl ?? GHASEDAK_DEFAULT_BASE_URL,
    dispatcher: settings.dispatcher,
    timeoutMs: settings.timeoutMs,
    maxResponseBytes: settings.maxResponseBytes,
    connections: settings.connections,
    rateLimit: settings.rateLimit,
    lineNumber: settings.lineNumber === undefined ? undefined : assertLineNumber(settings.lineNumber, provider),
    concurrency,
  };
}
