import type { CountryCode, Dispatcher } from '@sms/core';

/** SMS Partner's range: `1` Premium (the default on their side), `2` Low Cost ("ECO"). */
export type SmsPartnerGamme = 1 | 2;

/** How to treat a `sendAt` that is not on SMS Partner's 5-minute grid. */
export type SmsPartnerRounding = 'up';

/** Settings of `createSmsPartner()`. */
export interface SmsPartnerSettings {
  /** The account's API key. Read lazily from `SMSPARTNER_API_KEY` when omitted. */
  apiKey?: string;
  /** Default sender id: 3–11 letters, digits or spaces. SMS Partner uses an operator short code when omitted. */
  sender?: string;
  /** Default range for sends: `1` Premium, `2` Low Cost. Omitted from requests when not set. */
  gamme?: SmsPartnerGamme;
  /** Sends `sandbox=1` with every send: nothing goes out and nothing is charged. */
  sandbox?: boolean;
  /** Default `https://api.smspartner.fr`. */
  baseUrl?: string;
  /** An undici dispatcher (a `MockAgent` in tests, a `ProxyAgent` behind a proxy). You close it. */
  dispatcher?: Dispatcher;
  /**
   * The overall deadline of every call, in milliseconds, from the request to the last byte of the answer.
   * Default 60 000 (60 s); a call's own `timeoutMs` wins. It cannot be turned off.
   */
  timeoutMs?: number;
  /** Most bytes of an answer read; a larger answer fails with `BAD_RESPONSE` (outcome `unknown`). Default 1 048 576 (1 MiB). */
  maxResponseBytes?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** Most sockets open at once. Default 32. */
  connections?: number;
  /** Most requests in flight at once when a send is split in chunks of 500. Default 8. */
  concurrency?: number;
  /** Where SMS Partner posts delivery receipts; sent as `urlDlr` with every send. */
  urlDlr?: string;
  /** Where SMS Partner posts replies; sent as `urlResponse` with every send. */
  urlResponse?: string;
  /** Country of numbers written in national notation. Default `FR`. */
  defaultCountry?: CountryCode;
  /**
   * `'auto'` (default) asks for Unicode (`isUnicode=1`) only when the text has characters outside GSM-7;
   * `true` always, `false` never. Unicode must be enabled on the account by SMS Partner support.
   */
  unicode?: boolean | 'auto';
  /** Default for `providerOptions.smspartner.roundSendAt`; also applies to `sendBatch`. */
  roundSendAt?: SmsPartnerRounding;
  /** How many incomplete multi-part replies `parseWebhook` keeps while waiting for their other parts (and how many completed ones it keeps for retries). Default 200. */
  maxPendingReplies?: number;
  /** The provider id, to tell two SMS Partner accounts apart in one client. Default `smspartner`. */
  id?: string;
}

/** `providerOptions.smspartner` of a message. */
export interface SmsPartnerMessageOptions {
  /** `'up'` moves a `sendAt` that is off the 5-minute grid to the next step instead of failing. */
  roundSendAt?: SmsPartnerRounding;
  gamme?: SmsPartnerGamme;
  /** Appends the STOP mention (Premium range; mandatory for marketing messages). */
  isStopSms?: boolean;
  /** Overrides the `unicode` setting for this message. */
  unicode?: boolean;
  urlDlr?: string;
  urlResponse?: string;
  sandbox?: boolean;
}
