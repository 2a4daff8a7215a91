import { SmsError, type WebhookRequest } from '@sms/core';
import { withoutPrototypeKeys } from './without-prototype-keys';

export type WebhookFields = Record<string, unknown>;

function headerOf(request: WebhookRequest, name: string): string | undefined {
  const value = request.headers?.[name];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

function invalid(provider: string, problem: string): SmsError {
  return new SmsError(`This is not an SMS Partner callback: ${problem}.`, { code: 'INVALID_INPUT', provider });
}

function fromText(text: string, contentType: string | undefined, provider: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (contentType?.includes('json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed);
    } catch {
      throw invalid(provider, 'the body is not valid JSON');
    }
  }
  return Object.fromEntries(new URLSearchParams(trimmed));
}

// A form parser gives an array for a repeated field; the first value is the one that counts.
function flatten(record: Readonly<Record<string, unknown>>): WebhookFields {
  const fields: WebhookFields = {};
  for (const [key, value] of Object.entries(record)) fields[key] = Array.isArray(value) ? value[0] : value;
  return fields;
}

/**
 * The callback's fields, one record per event: from a parsed JSON or form body, raw JSON or form text or
 * bytes, or the query string when the body is empty. A JSON array gives one record per element. Keys that
 * reach a prototype (`__proto__`, `constructor`, `prototype`) are dropped at every depth, whatever parsed
 * the body, so they can neither make a record nor change one.
 */
export function readWebhookFields(request: WebhookRequest, provider: string): WebhookFields[] {
  if (request === null || typeof request !== 'object') throw invalid(provider, 'no request was given');
  const contentType = headerOf(request, 'content-type');
  let body: unknown = request.body;
  if (typeof body === 'string') body = fromText(body, contentType, provider);
  else if (body instanceof Uint8Array) body = fromText(Buffer.from(body).toString('utf8'), contentType, provider);
  body = withoutPrototypeKeys(body, provider);
  if (
    body === undefined ||
    body === null ||
    (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0)
  ) {
    const query = withoutPrototypeKeys(request.query, provider);
    body = query !== undefined && query !== null && Object.keys(query).length > 0 ? query : undefined;
  }
  if (body === undefined) throw invalid(provider, 'the body has no fields');
  const records = Array.isArray(body) ? body : [body];
  return records.map((record) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record))
      throw invalid(provider, 'the body is not an object of fields');
    return flatten(record as Record<string, unknown>);
  });
}
