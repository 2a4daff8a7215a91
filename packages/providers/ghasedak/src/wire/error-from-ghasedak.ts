import { type SmsError } from '@sms/core';
import { errorFromStatus, parseRetryAfter, type HttpClient, type HttpResponse } from '@sms/core/provider-utils';
import { GHASEDAK_ERROR_TABLE } from './ghasedak-error-table';
import type { GhasedakEnvelope } from './ghasedak-envelope';

/** A 400 answer's `message` is a string holding a JSON array of messages: `"[\"receptor is required\"]"`. */
export function readServerMessages(message: string): string[] {
  const trimmed = message.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    } catch {
      // Not JSON after all: use the text as it is.
    }
  }
  return trimmed === '' ? [] : [trimmed];
}

function tableCodeOf(items: unknown): number | undefined {
  const first: unknown = Array.isArray(items) ? items[0] : items;
  if (typeof first === 'number' && Number.isInteger(first)) return first;
  if (typeof first === 'string' && /^-?\d+$/.test(first.trim())) return Number(first);
  return undefined;
}

/** Maps an envelope whose `result.code` is not 200 to an `SmsError`, whatever the HTTP status was. */
export function errorFromEnvelope(http: HttpClient, response: HttpResponse, envelope: GhasedakEnvelope, path: string): SmsError {
  const { code, message } = envelope.result;
  const provider = http.provider;
  const said = message === '' ? '' : `: ${message}`;
  if (code === 400) {
    const messages = readServerMessages(message);
    const detail = messages.length === 0 ? 'no reason given' : messages.join('; ');
    return http.error(`${provider} rejected ${path} as invalid (${detail}). Fix the parameters; the request was refused.`, {
      code: 'INVALID_INPUT',
      providerCode: code,
      response,
    });
  }
  if (code === 401) {
    return http.error(
      `${provider} refused the API key on ${path} (result code 401${said}). Check the apiKey setting or the GHASEDAK_API_KEY environment variable; the request was refused.`,
      { code: 'AUTHENTICATION', providerCode: code, response, retryable: false },
    );
  }
  if (code === 404) {
    return http.error(`${provider} answered ${path} with "not found" (result code 404${said}). Check the id or the base URL.`, {
      code: 'NOT_FOUND',
      providerCode: code,
      response,
    });
  }
  if (code === 419) {
    const tableCode = tableCodeOf(envelope.items);
    const entry = tableCode === undefined ? undefined : GHASEDAK_ERROR_TABLE[tableCode];
    if (tableCode === undefined || entry === undefined) {
      return http.error(
        `${provider} failed on ${path} with an error it does not explain (result code 419${said}, items ${JSON.stringify(envelope.items)}); the request may have been processed, so check its status before sending again.`,
        { code: 'PROVIDER_ERROR', providerCode: tableCode ?? code, response, outcome: 'unknown' },
      );
    }
    const refused = entry.outcome === 'not-sent' ? ' The request was refused.' : '';
    return http.error(`${provider} refused ${path}: ${entry.meaning} (error ${tableCode}). ${entry.advice}${refused}`, {
      code: entry.code,
      providerCode: tableCode,
      outcome: entry.outcome,
      response,
    });
  }
  if (code === 429) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
    return http.error(`${provider} is rate limiting this account (result code 429${said}); the request was refused. Try again later.`, {
      code: 'RATE_LIMITED',
      providerCode: code,
      response,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (code === 403) {
    return http.error(`${provider} does not allow ${path} for this account (result code 403${said}).`, { code: 'PERMISSION', providerCode: code, response });
  }
  if (code >= 400 && code < 500) {
    return http.error(`${provider} rejected ${path} (result code ${code}${said}). Check the parameters.`, { code: 'INVALID_INPUT', providerCode: code, response });
  }
  return http.error(
    `${provider} failed on ${path} (result code ${code}${said}); the request may have been processed, so check its status before sending again.`,
    { code: 'PROVIDER_ERROR', providerCode: code, response, outcome: 'unknown' },
  );
}

/** Maps an answer that is not a Ghasedak envelope (an HTML error page, a truncated body). */
export function errorFromUnreadableAnswer(http: HttpClient, response: HttpResponse, path: string): SmsError {
  if (response.statusCode >= 200 && response.statusCode < 300) {
    return http.error(
      `${http.provider} answered ${path} with HTTP ${response.statusCode} but not with its JSON envelope; the request may have been processed, so check its status before sending again.`,
      { code: 'BAD_RESPONSE', response, outcome: 'unknown' },
    );
  }
  return errorFromStatus(http, response, `on ${path}, with a body that is not Ghasedak's JSON envelope`);
}
