import { SmsError } from '@sms/core';
import { type HttpClient } from '@sms/core/provider-utils';
import { cleanProviderText, errorFromResponse, readErrorBody } from '../sms-afzar-errors';
import type { JwtCredentials } from '../sms-afzar-settings';
import type { SmsAfzarToken } from './auth-api-types';
import { parseTokenAnswer } from './parse-token-answer';
import { waitForShared } from './wait-for-shared';

/** Refresh this long before expiry, or a tenth of the lifetime for short-lived tokens. */
const REFRESH_MARGIN_MS = 60_000;
/** Old tokens kept only so that they are redacted from errors. */
const REMEMBERED_TOKENS = 8;

export interface TokenCache {
  /** A valid token: the cached one, or the result of one token request shared by every concurrent caller. */
  get(credentials: JwtCredentials, signal?: AbortSignal, deadline?: number): Promise<string>;
  /** A new token from `auth/token` (shared with a request already in flight), cached for later calls. */
  fetch(credentials: JwtCredentials, signal?: AbortSignal, deadline?: number): Promise<SmsAfzarToken>;
  /** Forgets a token the server refused, unless a newer one has replaced it already. */
  invalidate(token: string): void;
  /** Tokens that must never appear in an error. */
  secrets(): string[];
}

interface CachedToken {
  token: SmsAfzarToken;
  identity: string;
  refreshAt: number;
}

/** The one token request in flight, shared by every call that needs a token meanwhile. */
interface PendingToken {
  identity: string;
  promise: Promise<CachedToken>;
  /** Aborts the request once no call waits for it any more. */
  controller: AbortController;
  waiters: number;
}

function identityOf(credentials: JwtCredentials): string {
  return JSON.stringify([credentials.userName, credentials.domain, credentials.password]);
}

/** The token request failed, so the call that needed it was never made: whatever the cause, nothing was sent. */
function notSent(error: unknown, provider: string): SmsError {
  if (!SmsError.isInstance(error)) {
    return new SmsError(`Could not get an authentication token from ${provider}; nothing was sent.`, { code: 'NETWORK', provider, outcome: 'not-sent', cause: error });
  }
  if (error.outcome === 'not-sent') return error;
  return new SmsError(`Could not get an authentication token, so nothing was sent: ${error.message}`, {
    code: error.code,
    provider,
    outcome: 'not-sent',
    retryable: error.retryable,
    cause: error,
    ...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(error.responseBody === undefined ? {} : { responseBody: error.responseBody }),
  });
}

/**
 * Asks `auth/token` for a JWT. The request has the provider's own deadline (`timeoutMs` of the settings), not
 * the deadline of the call that happened to start it, since other calls share it.
 */
async function requestToken(http: HttpClient, credentials: JwtCredentials, signal: AbortSignal): Promise<SmsAfzarToken> {
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
      { code: 'AUTHENTICATION', response, retryable: false, ...(body.errorCode === undefined ? {} : { providerCode: body.errorCode }) },
    );
  }
  throw errorFromResponse(http, response);
}

export function createTokenCache(http: HttpClient): TokenCache {
  const provider = http.provider;
  let current: CachedToken | undefined;
  let pending: PendingToken | undefined;
  const remembered: string[] = [];

  const start = (credentials: JwtCredentials): PendingToken => {
    const identity = identityOf(credentials);
    if (pending !== undefined && pending.identity === identity) return pending;
    const controller = new AbortController();
    const promise = (async () => {
      try {
        const token = await requestToken(http, credentials, controller.signal);
        const now = Date.now();
        const lifetime = Math.max(0, token.expiresAt.getTime() - now);
        const entry: CachedToken = { token, identity, refreshAt: token.expiresAt.getTime() - Math.min(REFRESH_MARGIN_MS, lifetime / 10) };
        remembered.push(token.token);
        if (remembered.length > REMEMBERED_TOKENS) remembered.shift();
        current = entry;
        return entry;
      } catch (error) {
        throw notSent(error, provider);
      }
    })();
    const entry: PendingToken = { identity, promise, controller, waiters: 0 };
    // A failed request is forgotten at once, so the next call asks again.
    const settled = (): void => {
      if (pending === entry) pending = undefined;
    };
    promise.then(settled, settled);
    pending = entry;
    return entry;
  };

  const waitForToken = async (credentials: JwtCredentials, signal: AbortSignal | undefined, deadline: number | undefined): Promise<CachedToken> => {
    const shared = start(credentials);
    shared.waiters += 1;
    try {
      return await waitForShared(shared.promise, provider, signal, deadline);
    } finally {
      shared.waiters -= 1;
      // Every call that wanted this token has stopped waiting (aborted, or out of time): a request that stalls
      // must not hold the calls that come next, so it is given up and the next call starts a fresh one.
      if (shared.waiters === 0 && pending === shared) {
        pending = undefined;
        shared.controller.abort();
      }
    }
  };

  return {
    async get(credentials, signal, deadline) {
      const cached = current;
      if (cached !== undefined && cached.identity === identityOf(credentials) && Date.now() < cached.refreshAt) return cached.token.token;
      const entry = await waitForToken(credentials, signal, deadline);
      return entry.token.token;
    },
    async fetch(credentials, signal, deadline) {
      const entry = await waitForToken(credentials, signal, deadline);
      return { ...entry.token };
    },
    invalidate(token) {
      if (current?.token.token === token) current = undefined;
    },
    secrets: () => [...remembered],
  };
}
