import { SmsError, type DeliveryStatus, type Dispatcher, type RateLimit } from '@sms/core';
import { loadSetting, readSetting } from '@sms/core/provider-utils';

export const SMS_AFZAR_DEFAULT_BASE_URL = 'https://api.smsafzar.ir';

/** Recipients per `messages/send/bulk` request when `bulkSize` is not set. SMSAfzar documents no limit. */
export const SMS_AFZAR_DEFAULT_BULK_SIZE = 100;

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
   * Most requests per second to SMSAfzar, kept in this process: every request (each chunk of a bulk send, each
   * status or balance call, each token request) waits its turn, first come first served, instead of going past it, and a 429
   * answer holds every call of this provider for its `Retry-After`. The wait counts in the call's
   * `timeoutMs`. Default: no limit. Several processes: `createSharedRateLimits` in `@sms/queue`.
   */
  rateLimit?: RateLimit;
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

export interface ApiKeyCredentials {
  mode: 'api-key';
  apiKey: string;
}

export interface JwtCredentials {
  mode: 'jwt';
  userName: string;
  password: string;
  domain: string;
}

export type SmsAfzarCredentials = ApiKeyCredentials | JwtCredentials;

const FACTORY = 'createSmsAfzar';
const JWT_VARIABLES = ['SMSAFZAR_USERNAME', 'SMSAFZAR_PASSWORD', 'SMSAFZAR_DOMAIN'] as const;

function given(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

/** The JWT credentials, each from the settings or else the environment; a missing one fails with `AUTHENTICATION`. */
export function resolveJwtCredentials(settings: SmsAfzarSettings, provider: string): JwtCredentials {
  const load = (value: string | undefined, environmentVariable: string, settingName: string): string =>
    loadSetting({ value, environmentVariable, settingName, provider, factory: FACTORY });
  return {
    mode: 'jwt',
    userName: load(settings.userName, 'SMSAFZAR_USERNAME', 'userName'),
    password: load(settings.password, 'SMSAFZAR_PASSWORD', 'password'),
    domain: load(settings.domain, 'SMSAFZAR_DOMAIN', 'domain'),
  };
}

/**
 * Chooses the authentication mode at call time: settings win over the environment, and an API key wins over
 * JWT credentials from the same source.
 */
export function resolveCredentials(settings: SmsAfzarSettings, provider: string): SmsAfzarCredentials {
  if (given(settings.apiKey)) return { mode: 'api-key', apiKey: settings.apiKey! };
  const jwtInSettings = given(settings.userName) || given(settings.password) || given(settings.domain);
  if (!jwtInSettings) {
    const apiKey = readSetting(undefined, 'SMSAFZAR_API_KEY');
    if (apiKey !== undefined) return { mode: 'api-key', apiKey };
    if (!JWT_VARIABLES.some((variable) => readSetting(undefined, variable) !== undefined)) {
      throw new SmsError(
        `No credentials for ${provider}: pass \`apiKey\` (or \`userName\`, \`password\` and \`domain\`) to ${FACTORY}() ` +
          'or set SMSAFZAR_API_KEY (or SMSAFZAR_USERNAME, SMSAFZAR_PASSWORD and SMSAFZAR_DOMAIN). Nothing was sent.',
        { code: 'AUTHENTICATION', provider, retryable: false },
      );
    }
  }
  return resolveJwtCredentials(settings, provider);
}

/** Every credential value that could be in use, for redaction. Never throws. */
export function credentialSecrets(settings: SmsAfzarSettings): (string | undefined)[] {
  return [readSetting(settings.apiKey, 'SMSAFZAR_API_KEY'), readSetting(settings.password, 'SMSAFZAR_PASSWORD')];
}
