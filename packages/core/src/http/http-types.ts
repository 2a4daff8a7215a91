import type { Dispatcher } from 'undici';

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
  /** An overall deadline for every call, unless the call sets its own `timeoutMs`. */
  timeoutMs?: number;
  /** Headers sent with every request, e.g. the API key header. Read at each request, so lazy credentials work. */
  headers?: () => Record<string, string>;
  /** Values that must never appear in an error (API keys, passwords, tokens). Read when an error is built. */
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
}

export interface HttpResponse {
  statusCode: number;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The whole body as text. */
  text: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  json: unknown;
}
