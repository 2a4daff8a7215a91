import type { IncomingMessage } from 'node:http';

/** Whether the request carries a body at all (the test body parsers themselves use). */
export function hasRequestBody(request: IncomingMessage): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = request.headers['content-length'];
  return length !== undefined && length !== '0';
}
