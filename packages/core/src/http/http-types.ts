import type { Dispatcher } from 'undici';
import type { RateLimit } from '../rate-limit/rate-limit';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** A query or form value: a list is sent as its items joined by commas; `undefined` and `null` are left out. */
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];
/** The same values as a query's. */
export type FormValue = QueryValue;

export interface HttpClientSettings {
  /** The provider id, put on every error. */
  provider: string;
  /** The provider's base URL; request paths are relative to it. */
  baseUrl: string;
  /**
   * An undici dispatcher to send through instead of the client's own keep-alive `Agent` (a `MockAgent` in
   * tests, a `ProxyAgent` in production). The caller owns it: `close()` does not close it.
   */
  dispatcher?: Dispatcher;
  /** Most sockets open at once to the provider. Default 32. */
  connections?: number;
  /** Default 10 s. */
  connectTimeoutMs?: number;
  /** Time to wait for the answer's headers once the request is written. Default 30 s. */
  headersTimeoutMs?: number;
  /** Time allowed between two chunks of the answer's body. Default 30 s. */
  bodyTimeoutMs?: number;
  /**
   * The overall deadline of every call, from the start of the request to the last byte of the answer, unless
   * the call sets its own `timeoutMs`. Default 60 000 ms (60 s). A whole number of milliseconds from 1 to 2147483647; it cannot
   * be turned off, so a slow-drip answer never holds a call forever.
   */
  timeoutMs?: number;
  /**
   * Most bytes of an answer's body read. Reading stops past it and the call fails with `BAD_RESPONSE`
   * (outcome `unknown`). Default 1 048 576 (1 MiB).
   */
  maxResponseBytes?: number;
  /**
   * Product tokens put before core's own in the `User-Agent` header, most specific first: a provider package
   * names itself and its version, e.g. `['sms-ghasedak/0.2.0']` gives
   * `sms-ghasedak/0.2.0 sms-core/0.1.0 (+https://github.com/sms-sdk/sms)`. Each is `name` or `name/version`
   * in HTTP token characters; anything else fails with `INVALID_INPUT`.
   */
  userAgent?: readonly string[];
  /**
   * The provider's request rate, kept in this process: every request (each chunk of a bulk send, each call of
   * any kind) waits its turn, first come first served, instead of going past it. A 429 answer (or a
   * `RATE_LIMITED` error the provider builds with `error()` from an answer's body) holds every request of this
   * client for its `Retry-After` (1 s without one). The wait counts in the call's deadline.
   * Default: no limit.
   */
  rateLimit?: RateLimit;
  /** Headers sent with every request, e.g. the API key header. Read at each request, so lazy credentials work. */
  headers?: () => Record<string, string>;
  /**
   * Values that must never appear in an error or a result (API keys, passwords, tokens). Read at each request,
   * so credentials loaded lazily and tokens obtained later are covered.
   */
  secrets?: () => readonly (string | undefined)[];
}

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to the base URL, e.g. `v2/sms/send/simple`. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded`. */
  form?: Readonly<Record<string, FormValue>>;
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Default `true`: credentials are removed from the answer's `json` before it is returned. Set `false` only for
   * an answer that carries a credential the provider must read (a token request); never return its `json` as
   * a result's `raw`.
   */
  redactAnswer?: boolean;
}

export interface HttpResponse {
  statusCode: number;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * The whole body as text, as received: not redacted, so never put it in a result; `HttpClient.error` bounds
   * and redacts it.
   */
  text: string;
  /**
   * The body parsed as JSON, with the provider's secrets and any field named like a credential (`apiKey`,
   * `token`, `password`…) replaced by `[redacted]`; `undefined` when the body is not JSON.
   */
  json: unknown;
}
