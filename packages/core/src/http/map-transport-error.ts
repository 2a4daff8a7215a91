import { SmsError } from '../errors/sms-error';
import type { Redactor } from '../errors/create-redactor';

// Failures that happen before a connection exists: the request cannot have reached the provider.
const BEFORE_CONNECTION = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_MOCK_ERR_MOCK_NOT_MATCHED',
  'ERR_INVALID_URL',
]);

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Node's happy-eyeballs connect reports an AggregateError whose parts carry the code.
  const parts = (error as { errors?: unknown }).errors;
  return Array.isArray(parts) ? errorCodeOf(parts[0]) : undefined;
}

/** A copy of a low-level error that keeps its name and code but no text that could hold a credential. */
function safeCause(error: unknown, redactor: Redactor): Error {
  const original = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redactor.text(original.message));
  copy.name = original.name;
  const code = errorCodeOf(error);
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}

export interface TransportFailureContext {
  provider: string;
  redactor: Redactor;
  /** The caller's signal, to tell an abort by the caller from a timeout. */
  callerSignal?: AbortSignal;
  /** The call's overall deadline, and whether it is what ended the call. */
  deadlineMs?: number;
  deadlinePassed?: boolean;
}

/** Maps an undici or socket failure to an `SmsError` with the right `code` and `outcome`. */
export function mapTransportError(error: unknown, context: TransportFailureContext): SmsError {
  if (SmsError.isInstance(error)) return error;
  const { provider, redactor } = context;
  const cause = safeCause(error, redactor);
  const code = errorCodeOf(error);

  if (context.callerSignal?.aborted) {
    return new SmsError(
      `The call to ${provider} was aborted by the caller after the request was started; it may have reached the provider, so check before sending again.`,
      { code: 'ABORTED', provider, outcome: 'unknown', retryable: false, cause },
    );
  }
  const name = error instanceof Error ? error.name : undefined;
  if (context.deadlinePassed === true || name === 'TimeoutError') {
    const deadline = context.deadlineMs === undefined ? 'the call' : `the ${context.deadlineMs} ms`;
    return new SmsError(
      `${provider} did not answer in full within ${deadline} deadline (timeoutMs); the request may have been processed, so check its status before sending again.`,
      { code: 'TIMEOUT', provider, outcome: 'unknown', cause },
    );
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new SmsError(
      `Could not connect to ${provider} in time; nothing was sent. Check the network or the base URL and try again.`,
      {
        code: 'TIMEOUT',
        provider,
        outcome: 'not-sent',
        cause,
      },
    );
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new SmsError(
      `${provider} accepted the request but did not answer in time (${code === 'UND_ERR_HEADERS_TIMEOUT' ? 'headers' : 'body'} timeout); it may have been processed, so check its status before sending again.`,
      { code: 'TIMEOUT', provider, outcome: 'unknown', cause },
    );
  }
  if (code !== undefined && BEFORE_CONNECTION.has(code)) {
    return new SmsError(
      `Could not reach ${provider} (${code}); nothing was sent. Check the network or the base URL and try again.`,
      {
        code: 'NETWORK',
        provider,
        outcome: 'not-sent',
        cause,
      },
    );
  }
  return new SmsError(
    `The connection to ${provider} failed after the request was sent (${code ?? name ?? 'unknown error'}); it may have been processed, so check its status before sending again.`,
    { code: 'NETWORK', provider, outcome: 'unknown', cause },
  );
}
