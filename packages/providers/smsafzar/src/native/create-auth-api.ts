import {
  isRecord,
  readDate,
  readInteger,
  readNumber,
  readString,
  type HttpClient,
  type HttpResponse,
} from '@sms/core/provider-utils';
import { cleanProviderText, errorFromResponse, readErrorBody } from '../sms-afzar-errors';
import type { JwtCredentials } from '../sms-afzar-settings';
import type { SmsAfzarAuthApi, SmsAfzarToken } from './auth-api-types';
import type { SmsAfzarContext } from './sms-afzar-context';

/** Used when neither `expiresIn` nor the JWT's `exp` says how long a token lives. */
export const DEFAULT_TOKEN_LIFETIME_MS = 10 * 60_000;

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** The `exp` claim of a JWT in milliseconds, without checking the signature (only the server can). */
function readTokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const expiry = readInteger(claims, 'exp');
    return expiry === undefined ? undefined : expiry * 1000;
  } catch {
    return undefined;
  }
}

/**
 * Reads the `auth/token` answer `{ token, expiresIn }` leniently: the token also under `accessToken` or as a
 * bare JWT body; the lifetime from `expiresIn` (seconds, immune to clock skew), else the JWT's `exp`, else an
 * `expiresAt` date, else ten minutes. `undefined` when the answer holds no token.
 */
export function parseTokenAnswer(response: HttpResponse, now: number): SmsAfzarToken | undefined {
  const body = response.json;
  let token: string | undefined;
  let expiresIn: number | undefined;
  let expiresAtInBody: Date | undefined;
  if (isRecord(body)) {
    token = readString(body, 'token', 'accessToken', 'access_token', 'jwt');
    expiresIn = readNumber(body, 'expiresIn', 'expires_in');
    expiresAtInBody = readDate(body, 'expiresAt', 'expiration');
  } else if (typeof body === 'string') {
    token = body;
  } else if (JWT_SHAPE.test(response.text.trim())) {
    token = response.text.trim();
  }
  if (token === undefined || token.trim() === '') return undefined;

  let expiresAt: number | undefined;
  if (expiresIn !== undefined && expiresIn > 0) expiresAt = now + expiresIn * 1000;
  else {
    const claimed = readTokenExpiry(token) ?? expiresAtInBody?.getTime();
    // An expiry already past here means the clocks disagree; fall back rather than fetch a token per call.
    if (claimed !== undefined && claimed > now) expiresAt = claimed;
  }
  const result: SmsAfzarToken = { token, expiresAt: new Date(expiresAt ?? now + DEFAULT_TOKEN_LIFETIME_MS) };
  if (expiresIn !== undefined) result.expiresIn = expiresIn;
  return result;
}

/**
 * `POST auth/token` for a JWT. The request has the provider's own deadline (`timeoutMs` of the settings), not
 * the deadline of the call that happened to start it, since the token cache shares it between calls.
 */
export async function requestToken(
  http: HttpClient,
  credentials: JwtCredentials,
  signal: AbortSignal,
): Promise<SmsAfzarToken> {
  const provider = http.provider;
  const response = await http.request({
    method: 'POST',
    path: 'auth/token',
    json: { userName: credentials.userName, password: credentials.password, domain: credentials.domain },
    signal,
    // The answer is the credential this request asks for; it is read here and never returned as `raw`.
    redactAnswer: false,
  });
  if (response.statusCode >= 200 && response.statusCode < 300) {
    const token = parseTokenAnswer(response, Date.now());
    if (token !== undefined) return token;
    throw http.error(`${provider} answered auth/token without a token; nothing was sent. Check the base URL.`, {
      code: 'BAD_RESPONSE',
      outcome: 'not-sent',
      response,
      // The body may hold a token under a name this client does not know; keep it out of the error.
      responseBody: '[not kept]',
    });
  }
  if (response.statusCode === 401) {
    const body = readErrorBody(response.json);
    const said = body.errorMessage === undefined ? '' : ` SMSAfzar said: "${cleanProviderText(body.errorMessage)}".`;
    throw http.error(
      `${provider} refused the userName, password or domain when asked for a token (HTTP 401).${said} ` +
        'Check them; the password is the web-service (JWT) password set in the SMSAfzar panel. Nothing was sent.',
      {
        code: 'AUTHENTICATION',
        response,
        retryable: false,
        ...(body.errorCode === undefined ? {} : { providerCode: body.errorCode }),
      },
    );
  }
  throw errorFromResponse(http, response);
}

/** `native.auth`: the transport asks for the token (`requestToken`) through its cache, which shares it between calls. */
export function createAuthApi(context: SmsAfzarContext): SmsAfzarAuthApi {
  const { transport } = context;
  return { token: (options) => transport.token(options) };
}
