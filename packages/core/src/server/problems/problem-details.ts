import type { SendOutcome } from '../../errors/sms-error-code';
import type { SerializedSendResult } from '../results/serialize-send-result';

/** One rejected field of a request body, as a JSON pointer into that body. */
export interface FieldProblem {
  pointer: string;
  detail: string;
}

/** One provider tried by a multi-provider client before it gave up. */
export interface ProviderAttempt {
  provider?: string;
  code: string;
  outcome: SendOutcome;
  retryable: boolean;
}

/**
 * An RFC 9457 problem document (`application/problem+json`) with the SDK's extension members. `code` is
 * an `SmsErrorCode` for errors of the SDK, or one of the server layer's own codes (`UNSUPPORTED_MEDIA_TYPE`,
 * `UNAUTHORIZED`, `FORBIDDEN`, `NOT_FOUND` for an unknown webhook, `PAYLOAD_TOO_LARGE`, `WEBHOOK_CALLBACK_FAILED`, and
 * `BODY_PARSER_MISSING` from `@sms/express`).
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  provider?: string;
  /** Whether the message could have gone out: `unknown` means check its status before sending again. */
  outcome?: SendOutcome;
  retryable?: boolean;
  /** Seconds, mirrored in the `Retry-After` header. */
  retryAfter?: number;
  errors?: FieldProblem[];
  attempts?: ProviderAttempt[];
  /** For a send that went out in part: each recipient's fate. */
  result?: SerializedSendResult;
}

/** Turns a problem code into the problem's `type` URI. */
export type ProblemTypeResolver = (code: string) => string;

/** `urn:sms:error:invalid-input` for `INVALID_INPUT`: stable, and says which code without a lookup. */
export const defaultProblemType: ProblemTypeResolver = (code) =>
  `urn:sms:error:${code.toLowerCase().replaceAll('_', '-')}`;
