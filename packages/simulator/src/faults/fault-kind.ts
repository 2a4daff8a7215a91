export const FAULT_KINDS = [
  'server-error',
  'bad-gateway-html',
  'rate-limited',
  'no-answer',
  'drop-connection',
  'accept-then-drop',
  'malformed-body',
  'slow',
] as const;

/**
 * - `server-error`: HTTP 500 with the provider's error envelope (nothing recorded).
 * - `bad-gateway-html`: HTTP 502 with an HTML page (nothing recorded).
 * - `rate-limited`: HTTP 429 with `Retry-After: 2` (nothing recorded).
 * - `no-answer`: the request is read and never answered (nothing recorded); the client must time out.
 * - `drop-connection`: the socket is destroyed before the request is read (nothing recorded).
 * - `accept-then-drop`: the request is handled and recorded, then the socket is destroyed before any answer.
 * - `malformed-body`: the request is handled and recorded, then answered HTTP 200 with a body that is not JSON.
 * - `slow`: the request is handled and recorded, and the normal answer leaves after `delayMs` (default 2000).
 */
export type FaultKind = (typeof FAULT_KINDS)[number];
