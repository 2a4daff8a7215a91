import type { RequestHeaders } from './request-headers';

/** Whether a request carries a body at all, from its headers (the test Node's body parsers use). */
export function hasRequestBody(headers: RequestHeaders): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && length !== '0';
}
