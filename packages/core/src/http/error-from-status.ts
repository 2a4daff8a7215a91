import type { SmsError } from '../errors/sms-error';
import type { HttpClient } from './create-http-client';
import type { HttpResponse } from './http-types';
import { parseRetryAfter } from './parse-retry-after';

/**
 * The fallback mapping of an unsuccessful HTTP answer to an `SmsError`, for answers a provider's own error
 * table does not explain. 4xx answers prove the provider refused the request (`not-sent`); 5xx and
 * anything else leave the outcome `unknown`.
 */
export function errorFromStatus(http: HttpClient, response: HttpResponse, detail?: string): SmsError {
  const status = response.statusCode;
  const provider = http.provider;
  const suffix = detail === undefined || detail === '' ? '' : `: ${detail}`;
  if (status === 401) {
    return http.error(`${provider} refused the credentials (HTTP 401)${suffix}. Check the API key or password.`, {
      code: 'AUTHENTICATION',
      response,
    });
  }
  if (status === 403) {
    return http.error(`${provider} does not allow this call for this account or address (HTTP 403)${suffix}.`, {
      code: 'PERMISSION',
      response,
    });
  }
  if (status === 404) {
    return http.error(`${provider} answered 404 Not Found${suffix}. Check the id or the base URL.`, {
      code: 'NOT_FOUND',
      response,
    });
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
    return http.error(
      `${provider} is rate limiting this account (HTTP 429)${suffix}; nothing was sent. Try again${retryAfterMs === undefined ? ' later' : ` in ${Math.ceil(retryAfterMs / 1000)} s`}.`,
      { code: 'RATE_LIMITED', response, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    );
  }
  if (status >= 400 && status < 500) {
    return http.error(`${provider} rejected the request (HTTP ${status})${suffix}. Check the parameters.`, {
      code: 'INVALID_INPUT',
      response,
    });
  }
  if (status >= 500) {
    return http.error(
      `${provider} failed with HTTP ${status}${suffix}; the request may have been processed, so check its status before sending again.`,
      { code: 'PROVIDER_ERROR', response, outcome: 'unknown' },
    );
  }
  return http.error(`${provider} answered HTTP ${status} with a body that could not be understood${suffix}.`, {
    code: 'BAD_RESPONSE',
    response,
    outcome: 'unknown',
  });
}
