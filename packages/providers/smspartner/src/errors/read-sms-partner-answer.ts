import { type SmsError } from '@sms/core';
import { errorFromStatus, readJsonObject, type HttpClient, type HttpResponse } from '@sms/core/provider-utils';
import type { SmsPartnerEnvelope } from '../native/native-types';
import { meaningOfCode } from './error-codes';
import type { SmsPartnerOperation } from './sms-partner-operation';
import { validationDetails } from './validation-details';

function numericCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function isFailure(body: Readonly<Record<string, unknown>>): boolean {
  if (body.success === false) return true;
  if (body.success === true) return false;
  const code = numericCode(body.code);
  return code !== undefined && code !== 200;
}

function errorFromEnvelope(http: HttpClient, response: HttpResponse, body: Readonly<Record<string, unknown>>, operation: SmsPartnerOperation): SmsError {
  const code = numericCode(body.code);
  const providerMessage = typeof body.message === 'string' && body.message.trim() !== '' ? body.message.trim() : undefined;
  const details = validationDetails(body);
  const reference = `code ${code ?? 'missing'}${providerMessage === undefined ? '' : `: ${providerMessage}`}`;
  const listed = details.length === 0 ? '' : `: ${details.join('; ')}`;
  const meaning = code === undefined ? undefined : meaningOfCode(code, operation);
  const common = { response, ...(code === undefined ? {} : { providerCode: code }) };

  if (meaning === undefined) {
    // The HTTP status says more than a code the table lacks (404 for a wrong path, 413, 5xx).
    if (response.statusCode >= 400) return errorFromStatus(http, response, `${reference}${listed}`);
    return http.error(
      `SMS Partner refused the request with an error this package does not know (${reference})${listed}; ` +
        'the request may have been processed, so check before repeating it.',
      { ...common, code: 'PROVIDER_ERROR', outcome: 'unknown' },
    );
  }
  const outcome = meaning.outcome ?? 'not-sent';
  const nothingSent = operation === 'send' && outcome === 'not-sent' ? ' Nothing was sent.' : '';
  return http.error(`SMS Partner: ${meaning.problem} (${reference})${listed}. ${meaning.advice}${nothingSent}`, {
    ...common,
    code: meaning.code,
    outcome,
  });
}

/**
 * Reads an SMS Partner answer: returns the envelope when it says `success: true`, and throws the mapped
 * `SmsError` otherwise. A `success: false` answer is an error even under HTTP 200; HTTP 429 is
 * `RATE_LIMITED` whatever the body; a body that is not JSON is `BAD_RESPONSE` (or the HTTP status's error).
 */
export function readSmsPartnerAnswer<Answer extends SmsPartnerEnvelope>(http: HttpClient, response: HttpResponse, operation: SmsPartnerOperation): Answer {
  if (response.statusCode === 429) throw errorFromStatus(http, response);
  const body = readJsonObject(http, response);
  if (isFailure(body)) throw errorFromEnvelope(http, response, body, operation);
  if (response.statusCode >= 300) throw errorFromStatus(http, response);
  if (body.success !== true && numericCode(body.code) !== 200) {
    throw http.error('SMS Partner answered without `success` or `code`, so whether the request worked is unknown; check before repeating it.', {
      code: 'BAD_RESPONSE',
      outcome: 'unknown',
      response,
    });
  }
  return body as Answer;
}
