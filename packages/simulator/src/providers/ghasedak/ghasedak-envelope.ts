import { AnswerError } from '../../server/answer-error';
import { jsonResponse } from '../../server/json-response';
import type { ProviderResponse } from '../../server/provider-api';

// The HTTP status follows `result.code`, which the seed gives for every answer (200, 400, 401, 404, 419).
function envelope(code: number, message: string, items: unknown, extra?: Record<string, unknown>): ProviderResponse {
  return jsonResponse(code, { result: { code, message }, items, ...extra });
}

export function ghasedakSuccess(items: unknown, extra?: Record<string, unknown>): ProviderResponse {
  return envelope(200, 'success', items, extra);
}

/** 400 whose message is a JSON array of strings, as in `"[\"receptor is required\"]"`. */
export function ghasedakBadRequest(messages: string[]): AnswerError {
  return new AnswerError(envelope(400, JSON.stringify(messages), null));
}

export function ghasedakUnauthorized(): AnswerError {
  return new AnswerError(envelope(401, 'apikey is invalid', null));
}

export function ghasedakNotFound(): ProviderResponse {
  return envelope(404, 'the requested resource does not exist', '');
}

/** 419 carrying one code of the seed's error table in `items`. */
export function ghasedakTableError(code: number): AnswerError {
  return new AnswerError(envelope(419, 'error! Exception', [code]));
}

export function ghasedakServerError(): ProviderResponse {
  // Table code 10: "a system error occurred, try again".
  return jsonResponse(500, { result: { code: 500, message: 'error! Exception' }, items: [10] });
}

export function ghasedakRateLimited(): ProviderResponse {
  return jsonResponse(
    429,
    { result: { code: 429, message: 'too many requests' }, items: null },
    { 'Retry-After': '2' },
  );
}

export function ghasedakTooLarge(): ProviderResponse {
  return jsonResponse(413, { result: { code: 413, message: 'request entity too large' }, items: null });
}
