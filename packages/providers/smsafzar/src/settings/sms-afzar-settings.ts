import type { DeliveryStatus, Dispatcher } from '@sms/core';

/**
 * Settings of `createSmsAfzar`. Give either `apiKey` (sent as `X-Api-Key`) or `userName`, `password` and
 * `domain` (exchanged for a JWT at `auth/token`). Credentials left out are read from the environment at the
 * first call, never at import or creation.
 */
export interface SmsAfzarSettings {
  /** API key from the SMSAfzar panel. Env `SMSAFZAR_API_KEY`. Wins over the JWT credentials. */
  apiKey?: string;
  /** Account user name for JWT authentication. Env `SMSAFZAR_USERNAME`. */
  userName?: string;
  /** Web-service (JWT) password. Env `SMSAFZAR_PASSWORD`. */
  password?: string;
  /** The domain given with the account, e.g. `sms.smsafzar`. Env `SMSAFZAR_DOMAIN`. */
  domain?: string;
  /** Default sender line, sent as given (`1000xxxx`, `981000xxxx`…). Env `SMSAFZAR_SENDER_NUMBER`. */
  senderNumber?: string;
  /** Default `https://api.smsafzar.ir`. */
  baseUrl?: string;
  /** An undici dispatcher to send through (a `MockAgent` in tests, a `ProxyAgent` behind a proxy). */
  dispatcher?: Dispatcher;
  /**
   * The overall deadline of every call, in milliseconds, from the request to the last byte of the answer
   * (in JWT mode, the token request included).
   * Default 60 000 (60 s); a call's own `timeoutMs` wins. It cannot be turned off. A token request
   * has this deadline of its own, whichever call started it.
   */
  timeoutMs?: number;
  /** Most bytes of an answer read; a larger answer fails with `BAD_RESPONSE` (outcome `unknown`). Default 1 048 576 (1 MiB). */
  maxResponseBytes?: number;
  /** Most sockets open at once to SMSAfzar. Default 32. */
  connections?: number;
  /** Most requests in flight at once for one chunked send, template fan-out, cancel or status call. Default 8. */
  concurrency?: number;
  /**
   * Most recipients per `messages/send/bulk` request. SMSAfzar does not document a limit; default 100.
   */
  bulkSize?: number;
  /**
   * Extra `messageStatus` values and the delivery status each means, merged over the default `{ 1: 'queued' }`
   * (the only documented value).
   */
  messageStatusMap?: Readonly<Record<number, DeliveryStatus>>;
  /** The provider id on results and errors. Default `smsafzar`. */
  id?: string;
}
