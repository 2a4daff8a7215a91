import type { CallOptions } from '@sms/core';
import {
  createHttpClient,
  errorFromStatus,
  loadSetting,
  readInteger,
  readJsonObject,
  readSetting,
  type HttpClient,
  type HttpResponse,
  type QueryValue,
} from '@sms/core/provider-utils';
import type { SmsPartnerEnvelope } from './native/sms-partner-envelope';
import { errorFromSmsPartnerAnswer, type SmsPartnerOperation } from './sms-partner-errors';
import {
  SMS_PARTNER_API_KEY_VARIABLE,
  SMS_PARTNER_DEFAULT_BASE_URL,
  type SmsPartnerSettings,
} from './sms-partner-settings';
import { SMS_PARTNER_VERSION } from './sms-partner-version';

/** SMS Partner's two ways of calling: the API key in a GET query or in a JSON POST body, JSON answers only. */
export interface SmsPartnerTransport {
  /** The HTTP client under the calls, for the errors the unified methods build from an answer. */
  readonly http: HttpClient;
  get<Answer extends SmsPartnerEnvelope>(
    path: string,
    operation: SmsPartnerOperation,
    query: Readonly<Record<string, QueryValue>>,
    options: CallOptions | undefined,
  ): Promise<Answer>;
  post<Answer extends SmsPartnerEnvelope>(
    path: string,
    operation: SmsPartnerOperation,
    body: Readonly<Record<string, unknown>>,
    options: CallOptions | undefined,
  ): Promise<Answer>;
  /** Closes the HTTP client; later calls fail without a request. */
  close(): Promise<void>;
}

function isFailure(body: Readonly<Record<string, unknown>>): boolean {
  if (body.success === false) return true;
  if (body.success === true) return false;
  const code = readInteger(body, 'code');
  return code !== undefined && code !== 200;
}

/**
 * Reads an SMS Partner answer: returns the envelope when it says `success: true`, and throws the mapped
 * `SmsError` otherwise. A `success: false` answer is an error even under HTTP 200; HTTP 429 is
 * `RATE_LIMITED` whatever the body; a body that is not JSON is `BAD_RESPONSE` (or the HTTP status's error).
 */
function readAnswer<Answer extends SmsPartnerEnvelope>(
  http: HttpClient,
  response: HttpResponse,
  operation: SmsPartnerOperation,
): Answer {
  if (response.statusCode === 429) throw errorFromStatus(http, response);
  const body = readJsonObject(http, response);
  if (isFailure(body)) throw errorFromSmsPartnerAnswer(http, response, body, operation);
  if (response.statusCode >= 300) throw errorFromStatus(http, response);
  if (body.success !== true && readInteger(body, 'code') !== 200) {
    throw http.error(
      'SMS Partner answered without `success` or `code`, so whether the request worked is unknown; check before repeating it.',
      {
        code: 'BAD_RESPONSE',
        outcome: 'unknown',
        response,
      },
    );
  }
  return body as Answer;
}

/**
 * The HTTP client of one provider instance and the calls on it. The API key is read at each call (from
 * `apiKey` or `SMSPARTNER_API_KEY`), so nothing is read at creation and a missing key fails with
 * `AUTHENTICATION` before any request.
 */
export function createSmsPartnerTransport(settings: SmsPartnerSettings, provider: string): SmsPartnerTransport {
  const apiKey = (): string =>
    loadSetting({
      value: settings.apiKey,
      environmentVariable: SMS_PARTNER_API_KEY_VARIABLE,
      settingName: 'apiKey',
      provider,
      factory: 'createSmsPartner',
    });

  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? SMS_PARTNER_DEFAULT_BASE_URL,
    userAgent: [`sms-smspartner/${SMS_PARTNER_VERSION}`],
    ...(settings.dispatcher === undefined ? {} : { dispatcher: settings.dispatcher }),
    ...(settings.connections === undefined ? {} : { connections: settings.connections }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: settings.connectTimeoutMs }),
    ...(settings.headersTimeoutMs === undefined ? {} : { headersTimeoutMs: settings.headersTimeoutMs }),
    ...(settings.bodyTimeoutMs === undefined ? {} : { bodyTimeoutMs: settings.bodyTimeoutMs }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.maxResponseBytes === undefined ? {} : { maxResponseBytes: settings.maxResponseBytes }),
    // The key travels in GET query strings, so every error built from a request or answer is scrubbed of it.
    secrets: () => [readSetting(settings.apiKey, SMS_PARTNER_API_KEY_VARIABLE)],
  });

  return {
    http,
    async get<Answer extends SmsPartnerEnvelope>(
      path: string,
      operation: SmsPartnerOperation,
      query: Readonly<Record<string, QueryValue>>,
      options: CallOptions | undefined,
    ) {
      const response = await http.request(
        { method: 'GET', path, query: { apiKey: apiKey(), ...query, _format: 'json' } },
        options,
      );
      return readAnswer<Answer>(http, response, operation);
    },
    async post<Answer extends SmsPartnerEnvelope>(
      path: string,
      operation: SmsPartnerOperation,
      body: Readonly<Record<string, unknown>>,
      options: CallOptions | undefined,
    ) {
      const response = await http.request(
        { method: 'POST', path, json: { apiKey: apiKey(), ...body, _format: 'json' } },
        options,
      );
      return readAnswer<Answer>(http, response, operation);
    },
    close: () => http.close(),
  };
}
