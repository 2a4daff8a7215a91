import type { SmsError } from '../errors/sms-error';
import type { HttpClient } from './create-http-client';
import { errorFromStatus } from './error-from-status';
import type { HttpResponse } from './http-types';

/**
 * The answer's body as a JSON object, or the right error when it is not one: an unsuccessful status is
 * mapped by `errorFromStatus` (an HTML 502 page is a provider error), and a successful answer that cannot
 * be read is `BAD_RESPONSE` with outcome `unknown` (the request may have been processed).
 */
export function readJsonObject(http: HttpClient, response: HttpResponse): Record<string, unknown> {
  const body = response.json;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  throw unreadable(http, response);
}

function unreadable(http: HttpClient, response: HttpResponse): SmsError {
  if (response.statusCode >= 400) return errorFromStatus(http, response, 'the answer was not JSON');
  const preview = response.text.slice(0, 120).replace(/\s+/g, ' ');
  return http.error(
    `${http.provider} answered HTTP ${response.statusCode} with a body that is not a JSON object (${JSON.stringify(preview)}); the request may have been processed, so check its status before sending again.`,
    // `error` keeps the body, redacted and cut to a few kilobytes, as for every other answer.
    { code: 'BAD_RESPONSE', outcome: 'unknown', response },
  );
}
