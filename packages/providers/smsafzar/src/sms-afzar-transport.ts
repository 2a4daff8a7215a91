import { SmsError, type CallOptions } from '@sms/core';
import {
  assertCallOptions,
  createHttpClient,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
} from '@sms/core/provider-utils';
import type { SmsAfzarToken } from './native/auth-api-types';
import { createTokenCache } from './native/create-token-cache';
import {
  credentialSecrets,
  resolveCredentials,
  resolveJwtCredentials,
  SMS_AFZAR_DEFAULT_BASE_URL,
  type SmsAfzarSettings,
} from './sms-afzar-settings';
import { SMS_AFZAR_VERSION } from './sms-afzar-version';

export type SmsAfzarRequest = Pick<HttpRequest, 'method' | 'path' | 'query' | 'json' | 'form'>;

/** SMSAfzar's HTTP API with authentication: API key, or a cached JWT refreshed once on a 401. */
export interface SmsAfzarTransport {
  readonly provider: string;
  readonly http: HttpClient;
  call(request: SmsAfzarRequest, options?: CallOptions): Promise<HttpResponse>;
  /** A new JWT from `auth/token`. */
  token(options?: CallOptions): Promise<SmsAfzarToken>;
  close(): Promise<void>;
}

function abortedBeforeStart(provider: string, signal: AbortSignal): SmsError {
  return new SmsError(`The call to ${provider} was aborted before it started; nothing was sent.`, {
    code: 'ABORTED',
    provider,
    outcome: 'not-sent',
    retryable: false,
    cause: signal.reason,
  });
}

export function createSmsAfzarTransport(settings: SmsAfzarSettings, provider: string): SmsAfzarTransport {
  // The token cache needs the HTTP client and the client's redaction needs the cached tokens.
  let knownTokens: () => string[] = () => [];
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? SMS_AFZAR_DEFAULT_BASE_URL,
    userAgent: [`sms-smsafzar/${SMS_AFZAR_VERSION}`],
    ...(settings.dispatcher === undefined ? {} : { dispatcher: settings.dispatcher }),
    ...(settings.connections === undefined ? {} : { connections: settings.connections }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.maxResponseBytes === undefined ? {} : { maxResponseBytes: settings.maxResponseBytes }),
    // Every example in SMSAfzar's documents sends it.
    headers: () => ({ 'cache-control': 'no-cache' }),
    secrets: () => [...credentialSecrets(settings), ...knownTokens()],
  });
  const tokens = createTokenCache(http);
  knownTokens = tokens.secrets;

  // Built by assignment, not by spreading the request: this runs on every call.
  const authorised = (request: SmsAfzarRequest, headers: Record<string, string>): HttpRequest => {
    const sent: HttpRequest = { method: request.method, path: request.path, headers };
    if (request.query !== undefined) sent.query = request.query;
    if (request.json !== undefined) sent.json = request.json;
    if (request.form !== undefined) sent.form = request.form;
    return sent;
  };

  const call = async (request: SmsAfzarRequest, options: CallOptions = {}): Promise<HttpResponse> => {
    // Options are read here, before the HTTP client would check them: the token request depends on them too.
    assertCallOptions(options, provider);
    const credentials = resolveCredentials(settings, provider);
    const { signal } = options;
    if (credentials.mode === 'api-key')
      return http.request(authorised(request, { 'x-api-key': credentials.apiKey }), options);
    if (signal?.aborted) throw abortedBeforeStart(provider, signal);
    // The call's deadline (its own, else the provider's) covers waiting for a token and the call together.
    const deadline = Date.now() + (options.timeoutMs ?? http.timeoutMs);
    const send = (token: string): Promise<HttpResponse> =>
      http.request(authorised(request, { authorization: `Bearer ${token}` }), {
        signal,
        timeoutMs: Math.max(1, deadline - Date.now()),
      });
    const token = await tokens.get(credentials, signal, deadline);
    const response = await send(token);
    if (response.statusCode !== 401) return response;
    // A 401 proves the request was refused before anything was done: get a fresh token and repeat it once.
    tokens.invalidate(token);
    return send(await tokens.get(credentials, signal, deadline));
  };

  return {
    provider,
    http,
    call,
    async token(options = {}) {
      assertCallOptions(options, provider);
      const credentials = resolveJwtCredentials(settings, provider);
      if (options.signal?.aborted) throw abortedBeforeStart(provider, options.signal);
      return tokens.fetch(credentials, options.signal, Date.now() + (options.timeoutMs ?? http.timeoutMs));
    },
    close: () => http.close(),
  };
}
