import type { ProviderRequest } from '../../server/provider-api';
import { smspartnerFailure } from './smspartner-envelope';
import type { ResponseFormat } from './smspartner-envelope';

export interface SmspartnerParameters {
  values: Record<string, unknown>;
  format: ResponseFormat;
}

const isForm = (contentType: string | undefined): boolean =>
  (contentType ?? '').toLowerCase().split(';')[0]?.trim() === 'application/x-www-form-urlencoded';

/**
 * Query parameters (GET) merged with the body (POST): JSON as documented, a form body when sent as one.
 * A body that is not a JSON object is code 90 (malformed JSON).
 */
export function readSmspartnerParameters(request: ProviderRequest): SmspartnerParameters {
  const values: Record<string, unknown> = Object.fromEntries(request.query);
  const format: ResponseFormat = request.query.get('_format') === 'xml' ? 'xml' : 'json';
  if (request.body.trim() !== '') {
    if (isForm(request.headers['content-type'])) {
      Object.assign(values, Object.fromEntries(new URLSearchParams(request.body)));
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body);
      } catch {
        throw smspartnerFailure(90, format);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw smspartnerFailure(90, format);
      Object.assign(values, parsed);
    }
  }
  return { values, format: values._format === 'xml' ? 'xml' : format };
}

/** A string or number parameter as trimmed text; undefined when absent or empty. */
export function textParameter(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/** `1`, `"1"` or `true`. */
export const flagParameter = (value: unknown): boolean =>
  value === 1 || value === '1' || value === true || value === 'true';
