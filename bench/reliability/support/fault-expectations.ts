import type { SendOutcome, SmsErrorCode } from '@sms/core';
import { FAULT_KINDS, type FaultKind } from '@sms/simulator';

// Every fault kind the simulator has: a kind added there without an expectation here fails to type-check.
export { FAULT_KINDS, type FaultKind };

export interface FaultExpectation {
  /** The error the call must fail with; undefined: the call succeeds (a slow answer within the deadline). */
  error?: { codes: readonly SmsErrorCode[]; outcome: SendOutcome };
  /** Whether the simulator acts on the request (records a send, applies a cancel) before the fault hits. */
  processed: boolean;
}

/**
 * What a client must make of each fault. Money safety decides the outcome: only a refusal that proves
 * nothing was done (429) is `not-sent`; a 5xx, a timeout, a dropped connection or an unreadable answer may
 * hide a message that went out, so they are `unknown`.
 */
export const FAULT_EXPECTATIONS: Record<FaultKind, FaultExpectation> = {
  // HTTP 500 with the provider's own error envelope.
  'server-error': { error: { codes: ['PROVIDER_ERROR'], outcome: 'unknown' }, processed: false },
  // HTTP 502 with an HTML page: a server failure, not an answer to parse.
  'bad-gateway-html': { error: { codes: ['PROVIDER_ERROR'], outcome: 'unknown' }, processed: false },
  'rate-limited': { error: { codes: ['RATE_LIMITED'], outcome: 'not-sent' }, processed: false },
  'no-answer': { error: { codes: ['TIMEOUT'], outcome: 'unknown' }, processed: false },
  // The client cannot tell a socket dropped before the request was read from one dropped after.
  'drop-connection': { error: { codes: ['NETWORK'], outcome: 'unknown' }, processed: false },
  'accept-then-drop': { error: { codes: ['NETWORK'], outcome: 'unknown' }, processed: true },
  'malformed-body': { error: { codes: ['BAD_RESPONSE'], outcome: 'unknown' }, processed: true },
  slow: { processed: true },
};

/** Deadline for the faulted call: short for `no-answer` (the client must give up), generous otherwise. */
export function callTimeoutFor(kind: FaultKind): number {
  return kind === 'no-answer' ? 800 : 10_000;
}

/** `slow` answers well within the deadline; a separate case checks a slow answer past the deadline. */
export const SLOW_DELAY_MS = 150;
