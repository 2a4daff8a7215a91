import { SmsError } from './sms-error';

// Its own marker: the inherited `SmsError.isInstance` would answer true for every SmsError.
const MARKER = Symbol.for('@sms/core.all-providers-failed-error');

/**
 * Thrown by a multi-provider client when every provider it tried failed. `errors` holds each provider's
 * error in the order they were tried; `code` and `outcome` are those of the last one, except that the
 * outcome is `unknown` as soon as any attempt's outcome was.
 */
export class AllProvidersFailedError extends SmsError {
  readonly errors: readonly SmsError[];
  private readonly [MARKER] = true;

  constructor(errors: readonly SmsError[]) {
    const last = errors[errors.length - 1];
    if (last === undefined) throw new TypeError('AllProvidersFailedError needs at least one error');
    const summary = errors
      .map((error) => `${error.provider ?? 'provider'}: ${error.code} (${error.message})`)
      .join('; ');
    super(`Every provider failed: ${summary}`, {
      code: last.code,
      retryable: errors.some((error) => error.retryable),
      outcome: errors.some((error) => error.outcome === 'unknown') ? 'unknown' : 'not-sent',
    });
    this.name = 'AllProvidersFailedError';
    this.errors = errors;
  }

  /** True for an `AllProvidersFailedError` only, even one thrown by another copy of this package. */
  static override isInstance(value: unknown): value is AllProvidersFailedError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), errors: this.errors.map((error) => error.toJSON()) };
  }
}
