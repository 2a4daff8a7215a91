// The baseline: what a developer writes by hand with undici. It replays the exact request our package sent
// (method, path, headers, body, as captured by the server) through its own keep-alive Agent, encodes the
// body on every call as a hand-written client would (URLSearchParams or JSON.stringify), and parses the
// JSON answer.
import { Agent, request } from 'undici';

// undici writes these itself, for our packages and for the baseline alike.
const SET_BY_UNDICI = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

export function headersOf(rawHeaders) {
  const headers = {};
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = rawHeaders[index].toLowerCase();
    if (!SET_BY_UNDICI.has(name)) headers[name] = rawHeaders[index + 1];
  }
  return headers;
}

/** A function that re-encodes `fields` the way the captured body was encoded, checked against it. */
export function bodyEncoderOf(captured) {
  const type = headersOf(captured.rawHeaders)['content-type'] ?? '';
  if (captured.body === '') return { kind: 'none', fields: undefined, encode: () => undefined };
  if (type.includes('application/x-www-form-urlencoded')) {
    const fields = Object.fromEntries(new URLSearchParams(captured.body));
    const encode = (values) => new URLSearchParams(values).toString();
    if (encode(fields) !== captured.body)
      throw new Error('re-encoding the captured form body does not give the same bytes');
    return { kind: 'form', fields, encode };
  }
  if (type.includes('application/json')) {
    const fields = JSON.parse(captured.body);
    const encode = (values) => JSON.stringify(values);
    if (encode(fields) !== captured.body)
      throw new Error('re-encoding the captured JSON body does not give the same bytes');
    return { kind: 'json', fields, encode };
  }
  throw new Error(`cannot replay a body of type ${type}`);
}

/** Agent settings of @sms/core's createHttpClient, so that pools match socket for socket. */
export function createBaselineAgent(connections) {
  return new Agent({
    connections,
    connect: { timeout: 10_000 },
    headersTimeout: 30_000,
    bodyTimeout: 30_000,
    keepAliveTimeout: 4_000,
  });
}

/**
 * @param {{ origin: string, captured: { method: string, url: string, rawHeaders: string[], body: string }, connections: number }} options
 * @returns {{ send(fields?: object): Promise<unknown>, encoder: ReturnType<typeof bodyEncoderOf>, close(): Promise<void> }}
 */
export function createRawRequest({ origin, captured, connections }) {
  const agent = createBaselineAgent(connections);
  const headers = headersOf(captured.rawHeaders);
  const encoder = bodyEncoderOf(captured);
  const url = `${origin}${captured.url}`;
  const method = captured.method;

  return {
    encoder,
    async send(fields = encoder.fields) {
      const answer = await request(url, { method, headers, body: encoder.encode(fields), dispatcher: agent });
      const json = await answer.body.json();
      if (answer.statusCode !== 200) throw new Error(`HTTP ${answer.statusCode}: ${JSON.stringify(json)}`);
      return json;
    },
    close: () => agent.close(),
  };
}
