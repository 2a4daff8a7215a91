import type { CancelResult } from '../model/cancel-result';
import type { SendResult } from '../model/send-result';
import { defaultOutcome, isRetryableByDefault, type SendOutcome, type SmsErrorCode } from './sms-error-code';

const MARKER = Symbol.for('@sms/core.error');

export interface SmsErrorOptions {
  code: SmsErrorCode;
  /** The provider id, when a provider was involved. */
  provider?: string;
  /** The provider's own error code (`result.code`, `errorCode`, `code`…). */
  providerCode?: string | number;
  /** The HTTP status of the provider's answer. */
  statusCode?: number;
  /** Whether trying the same call later may succeed. Check `outcome` before repeating a send. */
  retryable?: boolean;
  outcome?: SendOutcome;
  retryAfterMs?: number;
  /** The provider's answer, already redacted of credentials. */
  responseBody?: unknown;
  /**
   * What was done before the failure. A send answered in several requests of which some went through: the
   * `SendResult`, one entry per recipient. A cancel that failed: the `CancelResult` saying which ids were
   * canceled, which were not and which are unknown. Tell them apart with `isSendResult(error.result)`.
   */
  result?: SendResult | CancelResult;
  cause?: unknown;
}

/**
 * The one error class of the SDK. `code` is stable; `outcome` says whether the message could have gone out.
 * Messages say what was wrong and what to do, and never contain a credential.
 */
export class SmsError extends Error {
  readonly code: SmsErrorCode;
  readonly provider?: string;
  readonly providerCode?: string | number;
  readonly statusCode?: number;
  readonly retryable: boolean;
  readonly outcome: SendOutcome;
  readonly retryAfterMs?: number;
  readonly responseBody?: unknown;
  readonly result?: SendResult | CancelResult;
  private readonly [MARKER] = true;

  constructor(message: string, options: SmsErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SmsError';
    this.code = options.code;
    this.retryable = options.retryable ?? isRetryableByDefault(options.code);
    this.outcome = options.outcome ?? defaultOutcome(options.code);
    if (options.provider !== undefined) this.provider = options.provider;
    if (options.providerCode !== undefined) this.providerCode = options.providerCode;
    if (options.statusCode !== undefined) this.statusCode = options.statusCode;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.responseBody !== undefined) this.responseBody = options.responseBody;
    if (options.result !== undefined) this.result = options.result;
  }

  /** True for any `SmsError`, even one thrown by another copy of this package (ESM and CJS side by side). */
  static isInstance(value: unknown): value is SmsError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      provider: this.provider,
      providerCode: this.providerCode,
      statusCode: this.statusCode,
      retryable: this.retryable,
      outcome: this.outcome,
      retryAfterMs: this.retryAfterMs,
      responseBody: this.responseBody,
    };
  }
}
