export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: any;
}

async function toResult(response: Response): Promise<CallResult> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A form-encoded request, as the Ghasedak seed's samples send it. */
export async function formCall(
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<CallResult> {
  return toResult(
    await fetch(url, {
      method,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cache-control': 'no-cache', ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

/** A JSON request, as the SMSAfzar and SMS Partner samples send it. */
export async function jsonCall(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<CallResult> {
  return toResult(
    await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export async function getCall(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<CallResult> {
  return toResult(await fetch(url, { method, headers: { accept: 'application/json', ...headers } }));
}

export async function rawCall(url: string, init: RequestInit): Promise<CallResult> {
  return toResult(await fetch(url, init));
}
