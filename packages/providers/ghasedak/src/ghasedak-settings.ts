import { SmsError, type Dispatcher, type RateLimit } from '@sms/core';
import { readSetting } from '@sms/core/provider-utils';
import { assertLineNumber } from './native/ghasedak-inputs';

/** Which of Ghasedak's two web services a provider speaks: the form-encoded v2 API or the JSON gateway API. */
export type GhasedakApi = 'v2' | 'gateway';

/** Settings of `createGhasedak()`. */
export interface GhasedakSettings {
  /**
   * Which web service to speak: `'v2'` (`api.ghasedak.me/v2`, the default) or `'gateway'`
   * (`gateway.ghasedak.me/rest/api/v1/WebService`, the API new accounts are given). Default: the
   * `GHASEDAK_API` environment variable, read at creation, else `'v2'`.
   */
  api?: GhasedakApi;
  /**
   * Gateway only: most recipients (or messages) in one gateway send request; `send`, `sendBatch` and
   * `sendTemplate` split longer lists. The gateway documents no limit, so the default is 100, the limit of
   * its status call and of v2. Default 100.
   */
  gatewayChunkSize?: number;
  /** The account's API key (panel → account settings). Default: the `GHASEDAK_API_KEY` environment variable, read at the first call. */
  apiKey?: string;
  /**
   * Your default sender line (e.g. `30005088`; the free plan's test line is `10008566`). Used when a message
   * has no `from`; Ghasedak picks your highest-priority line when neither is given.
   */
  lineNumber?: string;
  /**
   * Default `https://api.ghasedak.me` for v2 (paths are `v2/...` below it) and
   * `https://gateway.ghasedak.me/rest/api/v1/WebService/` for the gateway (method names below it).
   */
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
/** Where `createGhasedak()` reads the API choice when the `api` setting is not given. */
export const GHASEDAK_API_ENVIRONMENT_VARIABLE = 'GHASEDAK_API';
export const GHASEDAK_DEFAULT_BASE_URL = 'https://api.ghasedak.me';
export const GHASEDAK_GATEWAY_DEFAULT_BASE_URL = 'https://gateway.ghasedak.me/rest/api/v1/WebService/';
/** The gateway documents no per-request recipient limit; 100 is its status call's limit and v2's. */
export const GHASEDAK_GATEWAY_DEFAULT_CHUNK_SIZE = 100;
export const GHASEDAK_DEFAULT_ID = 'ghasedak';

/** The settings once checked, with their defaults; what the transport and the API calls are built from. */
export interface ResolvedGhasedakSettings {
  provider: string;
  api: GhasedakApi;
  gatewayChunkSize: number;
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
  const api = resolveApi(settings.api, provider);
  const gatewayChunkSize = settings.gatewayChunkSize ?? GHASEDAK_GATEWAY_DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(gatewayChunkSize) || gatewayChunkSize < 1 || gatewayChunkSize > 1000) {
    throw new SmsError(
      `gatewayChunkSize for ${provider} must be a whole number from 1 to 1000; got ${String(settings.gatewayChunkSize)}.`,
      { code: 'INVALID_INPUT', provider },
    );
  }
  return {
    provider,
    api,
    gatewayChunkSize,
    apiKey: settings.apiKey,
    baseUrl: settings.baseUrl ?? (api === 'gateway' ? GHASEDAK_GATEWAY_DEFAULT_BASE_URL : GHASEDAK_DEFAULT_BASE_URL),
    dispatcher: settings.dispatcher,
    timeoutMs: settings.timeoutMs,
    maxResponseBytes: settings.maxResponseBytes,
    connections: settings.connections,
    rateLimit: settings.rateLimit,
    lineNumber: settings.lineNumber === undefined ? undefined : assertLineNumber(settings.lineNumber, provider),
    concurrency,
  };
}

/** The `api` setting, else `GHASEDAK_API`, else `'v2'`; anything else is refused at creation. */
function resolveApi(setting: unknown, provider: string): GhasedakApi {
  const fromEnvironment = setting === undefined ? readSetting(undefined, GHASEDAK_API_ENVIRONMENT_VARIABLE) : undefined;
  const api = setting ?? fromEnvironment ?? 'v2';
  if (api === 'v2' || api === 'gateway') return api;
  const source = setting === undefined ? `the ${GHASEDAK_API_ENVIRONMENT_VARIABLE} environment variable` : 'api';
  throw new SmsError(`${source} for ${provider} must be 'v2' or 'gateway'; got ${JSON.stringify(api)}.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}
