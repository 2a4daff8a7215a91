import type { HttpClient } from '../http/create-http-client';
import type { HttpResponse } from '../http/http-types';
import type { SmsError } from './sms-error';

/**
 * The one rule for a success answer to a send that names no message id (an empty list of ids, a bare
 * `{"status":"ok"}`, a batch id without its messages): the provider accepted the request, so the messages may
 * have gone out, but nothing says which. Every provider throws this `BAD_RESPONSE` with outcome `unknown`
 * rather than returning entries with status `unknown`, so such an answer is never taken for a send.
 */
export function noMessageIdError(
  http: Pick<HttpClient, 'provider' | 'error'>,
  endpoint: string,
  answer: { response?: HttpResponse; responseBody?: unknown },
): SmsError {
  return http.error(
    `${http.provider} accepted ${endpoint} but its answer names no message id, so it cannot say which messages went out; they may have, so check the status of this send (or the provider's panel) before sending it again.`,
    { code: 'BAD_RESPONSE', outcome: 'unknown', ...answer },
  );
}
