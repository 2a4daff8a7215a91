import { SmsError } from './sms-error';

/**
 * A failure inside a provider call as an `SmsError`: an `SmsError` as it is, anything else (a bug, a
 * foreign error) as `PROVIDER_ERROR` with outcome `unknown`, since the call may have acted before it failed.
 * `doing` names the call in the message: `sending`, `canceling`.
 */
export function asSmsError(error: unknown, provider: string, doing: string): SmsError {
  if (SmsError.isInstance(error)) return error;
  return new SmsError(`Unexpected failure while ${doing} through ${provider}: ${String(error)}`, {
    code: 'PROVIDER_ERROR',
    provider,
    outcome: 'unknown',
    cause: error,
  });
}
