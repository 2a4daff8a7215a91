import { SmsError, type CountryCode, type Dispatcher, type RateLimit } from '@sms/core';
import { assertSender } from './native/assert-sender';
import { assertUrl } from './native/assert-url';
import type { SendDefaults } from './native/build-send-fields';

/** The environment variable the API key is read from when `apiKey` is omitted. */
export const SMS_PARTNER_API_KEY_VARIABLE = 'SMSPARTNER_API_KEY';
/** The API origin when `baseUrl` is omitted. */
export const SMS_PARTNER_DEFAULT_BASE_URL = 'https://api.smspartner.fr';
const DEFAULT_ID = 'smspartner';
const DEFAULT_COUNTRY: CountryCode = 'FR';
const DEFAULT_MAX_PENDING_REPLIES = 200;

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
  /**
   * Most requests per second to SMS Partner, kept in this process: every request (each chunk of a bulk send, each
   * status or balance call) waits its turn, first come first served, instead of going past it, and a 429
   * answer holds every call of this provider for its `Retry-After`. The wait counts in the call's
   * `timeoutMs`. Default: no limit. Several processes: `createSharedRateLimits` in `@sms/queue`.
   */
  rateLimit?: RateLimit;
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

/** The settings the unified methods and the webhook parser use, checked, with their defaults. */
export interface ResolvedSmsPartnerSettings {
  id: string;
  defaultCountry: CountryCode;
  maxPendingReplies: number;
  /** What fills the send fields a request leaves out. */
  sendDefaults: SendDefaults;
  concurrency?: number;
  roundSendAt?: SmsPartnerRounding;
}

function invalidSetting(provider: string, problem: string): SmsError {
  return new SmsError(`createSmsPartner(): ${problem}.`, { code: 'INVALID_INPUT', provider });
}

function positiveIntegerSetting(value: number | undefined, name: string, provider: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1))
    throw invalidSetting(provider, `${name} must be a positive integer, got ${value}`);
}

/**
 * Checks the settings `createSmsPartner()` reads itself (the HTTP ones are checked by core's HTTP client)
 * and applies their defaults. Throws `INVALID_INPUT` (or `INVALID_SENDER`) at creation, so a bad setting
 * never waits for the first send to show.
 */
export function resolveSmsPartnerSettings(settings: SmsPartnerSettings): ResolvedSmsPartnerSettings {
  const id = settings.id ?? DEFAULT_ID;
  if (!/^[a-z0-9-]+$/.test(id))
    throw invalidSetting(DEFAULT_ID, `id must be lowercase letters, digits and dashes, got ${JSON.stringify(id)}`);
  if (settings.sender !== undefined) assertSender(settings.sender, id);
  if (settings.gamme !== undefined && settings.gamme !== 1 && settings.gamme !== 2)
    throw invalidSetting(id, 'gamme must be 1 (Premium) or 2 (Low Cost)');
  if (settings.urlDlr !== undefined) assertUrl(settings.urlDlr, 'urlDlr', id);
  if (settings.urlResponse !== undefined) assertUrl(settings.urlResponse, 'urlResponse', id);
  if (settings.roundSendAt !== undefined && settings.roundSendAt !== 'up')
    throw invalidSetting(id, "roundSendAt must be 'up' or omitted");
  if (settings.unicode !== undefined && settings.unicode !== 'auto' && typeof settings.unicode !== 'boolean')
    throw invalidSetting(id, "unicode must be 'auto', true or false");
  positiveIntegerSetting(settings.concurrency, 'concurrency', id);
  positiveIntegerSetting(settings.connections, 'connections', id);
  positiveIntegerSetting(settings.maxPendingReplies, 'maxPendingReplies', id);

  return {
    id,
    defaultCountry: settings.defaultCountry ?? DEFAULT_COUNTRY,
    maxPendingReplies: settings.maxPendingReplies ?? DEFAULT_MAX_PENDING_REPLIES,
    sendDefaults: {
      sandbox: settings.sandbox === true,
      unicode: settings.unicode ?? 'auto',
      ...(settings.sender === undefined ? {} : { sender: settings.sender }),
      ...(settings.gamme === undefined ? {} : { gamme: settings.gamme }),
      ...(settings.urlDlr === undefined ? {} : { urlDlr: settings.urlDlr }),
      ...(settings.urlResponse === undefined ? {} : { urlResponse: settings.urlResponse }),
    },
    ...(settings.concurrency === undefined ? {} : { concurrency: settings.concurrency }),
    ...(settings.roundSendAt === undefined ? {} : { roundSendAt: settings.roundSendAt }),
  };
}
