import { SmsError } from './sms-error';

/**
 * Thrown by a multi-provider client when every provider it tried failed. `errors` holds each provider's
 * error in the order they were tried; `code` and `outcome` are those of the last one, except that the
 * outcome is `unknown` as soon as any attempt's outcome was.
 */
export class AllProvidersFailedError extends SmsError {
  readonly errors: readonly SmsError[];

  constructor(errors: readonly SmsError[]) {
    const last = errors[errors.length - 1];
    if (last === undefined) throw new TypeError('AllProvidersFailedError needs at least one error');
    const summary = errors.map((error) => `${error.provider ?? 'provider'}: ${error.code} (${error.message})`).join('; ');
    super(`Every provider failed: ${summary}`, {
      code: last.code,
      retryable: errors.some((error) => error.retryable),
      outcome: errors.some((error) => error.outcome === 'unknown') ? 'unknown' : 'not-sent',
    });
    this.name = 'AllProvidersFailedError';
    this.errors = errors;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), errors: this.errors.map((error) => error.toJSON()) };
  }
}
