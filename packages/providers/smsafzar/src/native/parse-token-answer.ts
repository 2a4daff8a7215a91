import type { HttpResponse } from '@sms/core/provider-utils';
import type { SmsAfzarToken } from './auth-api-types';
import { parseLooseNumber } from './parse-loose-number';
import { isJsonObject, pick, readDate, readString } from './read-fields';
import { readTokenExpiry } from './read-token-expiry';

/** Used when neither `expiresIn` nor the JWT's `exp` says how long a token lives. */
export const DEFAULT_TOKEN_LIFETIME_MS = 10 * 60_000;

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

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
  if (isJsonObject(body)) {
    token = readString(pick(body, 'token', 'accessToken', 'access_token', 'jwt'));
    expiresIn = parseLooseNumber(pick(body, 'expiresIn', 'expires_in'));
    expiresAtInBody = readDate(pick(body, 'expiresAt', 'expiration'));
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
