import type { SecretHider } from './hide-secrets';

/**
 * One request as the provider sent it, in a plain shape made for `toEqual` and `toMatchInlineSnapshot`: the
 * credentials given to the recorder appear as `[name]`.
 */
export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. `/v2/sms/send/simple`. */
  path: string;
  /** The query string's parameters; absent when the request has none. */
  query?: Record<string, string>;
  /**
   * The request's headers, names in lower case, without those every request of the HTTP client carries:
   * `user-agent` (it holds version numbers) and `accept: application/json`.
   */
  headers: Record<string, string>;
  /**
   * The body read by its content type: a JSON body parsed, a form as its fields, anything else as text;
   * absent when the request has no body.
   */
  body?: unknown;
  /**
   * The request line's target (path and query) and the body exactly as sent, for a test of the bytes on the
   * wire (a space as `+`, the order of parameters). Not enumerable, so snapshots and `toEqual` leave it out.
   */
  readonly wire: { readonly target: string; readonly body?: string };
}

/** What a dispatcher receives, as far as a recorded request needs it. */
export interface DispatchedRequest {
  method: string;
  path: string;
  headers?: unknown;
  body?: unknown;
}

function headerEntries(headers: unknown): [string, string][] {
  if (headers === undefined || headers === null) return [];
  // undici also takes headers as a flat list of names and values.
  if (Array.isArray(headers)) {
    const entries: [string, string][] = [];
    for (let index = 0; index + 1 < headers.length; index += 2)
      entries.push([String(headers[index]), String(headers[index + 1])]);
    return entries;
  }
  return Object.entries(headers as Record<string, unknown>).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.join(', ') : String(value),
  ]);
}

function shownHeaders(headers: unknown, hider: SecretHider): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of headerEntries(headers)) {
    const lowerName = name.toLowerCase();
    if (lowerName === 'user-agent' || (lowerName === 'accept' && value === 'application/json')) continue;
    shown[lowerName] = hider.text(value);
  }
  return shown;
}

function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  return undefined;
}

function parsedBody(text: string, contentType: string | undefined): unknown {
  if (contentType?.includes('json') === true) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (contentType?.includes('application/x-www-form-urlencoded') === true)
    return Object.fromEntries(new URLSearchParams(text));
  return text;
}

/** The recorded form of a request, with the hider's credentials replaced by their markers. */
export function toRecordedRequest(request: DispatchedRequest, hider: SecretHider): RecordedRequest {
  const queryStart = request.path.indexOf('?');
  const path = queryStart === -1 ? request.path : request.path.slice(0, queryStart);
  const search = queryStart === -1 ? '' : request.path.slice(queryStart + 1);
  const headers = shownHeaders(request.headers, hider);
  const text = bodyText(request.body);

  const recorded = { method: request.method, path: hider.text(path) } as RecordedRequest;
  if (search !== '')
    recorded.query = hider.value(Object.fromEntries(new URLSearchParams(search))) as Record<string, string>;
  recorded.headers = headers;
  if (text !== undefined && text !== '') recorded.body = hider.value(parsedBody(text, headers['content-type']));
  const wire = { target: hider.text(request.path), ...(text === undefined ? {} : { body: hider.text(text) }) };
  Object.defineProperty(recorded, 'wire', { value: wire, enumerable: false });
  return recorded;
}
