import { SmsError } from '@sms/core';
import type { HttpClient } from '@sms/core/provider-utils';
import type { JwtCredentials } from '../sms-afzar-settings';
import type { SmsAfzarToken } from './auth-api-types';
import { requestToken } from './create-auth-api';

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

function stoppedWaiting(provider: string, signal: AbortSignal | undefined): SmsError {
  if (signal?.aborted) {
    return new SmsError(
      `The call to ${provider} was aborted while waiting for an authentication token; nothing was sent.`,
      {
        code: 'ABORTED',
        provider,
        outcome: 'not-sent',
        retryable: false,
        cause: signal.reason,
      },
    );
  }
  return new SmsError(
    `${provider} did not issue an authentication token within the call's deadline; nothing was sent.`,
    {
      code: 'TIMEOUT',
      provider,
      outcome: 'not-sent',
    },
  );
}

/**
 * Waits for a promise several calls share (the token request) while honouring this call's own signal and
 * deadline, without cancelling the shared work for the others. Stopping here means nothing was sent.
 */
async function waitForShared<Value>(
  promise: Promise<Value>,
  provider: string,
  signal?: AbortSignal,
  deadline?: number,
): Promise<Value> {
  if (signal === undefined && deadline === undefined) return promise;
  // AbortSignal.timeout's timer outlives a wait that ends early; that is cheap here, since only a call that
  // finds no valid cached token waits.
  const expiry = deadline === undefined ? undefined : AbortSignal.timeout(Math.max(0, deadline - Date.now()));
  const stop = signal === undefined ? expiry! : expiry === undefined ? signal : AbortSignal.any([signal, expiry]);
  let onStop = (): void => {};
  const stopped = new Promise<never>((_, reject) => {
    onStop = () => reject(stoppedWaiting(provider, signal));
    if (stop.aborted) onStop();
    else stop.addEventListener('abort', onStop, { once: true });
  });
  try {
    return await Promise.race([promise, stopped]);
  } finally {
    stop.removeEventListener('abort', onStop);
  }
}

/** The token request failed, so the call that needed it was never made: whatever the cause, nothing was sent. */
function notSent(error: unknown, provider: string): SmsError {
  if (!SmsError.isInstance(error)) {
    return new SmsError(`Could not get an authentication token from ${provider}; nothing was sent.`, {
      code: 'NETWORK',
      provider,
      outcome: 'not-sent',
      cause: error,
    });
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
        const entry: CachedToken = {
          token,
          identity,
          refreshAt: token.expiresAt.getTime() - Math.min(REFRESH_MARGIN_MS, lifetime / 10),
        };
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

  const waitForToken = async (
    credentials: JwtCredentials,
    signal: AbortSignal | undefined,
    deadline: number | undefined,
  ): Promise<CachedToken> => {
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
      if (cached !== undefined && cached.identity === identityOf(credentials) && Date.now() < cached.refreshAt)
        return cached.token.token;
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
