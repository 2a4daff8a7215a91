import { SmsError } from '@sms/core';

function stoppedWaiting(provider: string, signal: AbortSignal | undefined): SmsError {
  if (signal?.aborted) {
    return new SmsError(`The call to ${provider} was aborted while waiting for an authentication token; nothing was sent.`, {
      code: 'ABORTED',
      provider,
      outcome: 'not-sent',
      retryable: false,
      cause: signal.reason,
    });
  }
  return new SmsError(`${provider} did not issue an authentication token within the call's deadline; nothing was sent.`, {
    code: 'TIMEOUT',
    provider,
    outcome: 'not-sent',
  });
}

/**
 * Waits for a promise several calls share (the token request) while honouring this call's own signal and
 * deadline, without cancelling the shared work for the others. Stopping here means nothing was sent.
 */
export async function waitForShared<Value>(promise: Promise<Value>, provider: string, signal?: AbortSignal, deadline?: number): Promise<Value> {
  if (signal === undefined && deadline === undefined) return promise;
  // AbortSignal.timeout's timer outlives a wait that ends early; that is cheap here, since only a call that
  // finds no valid cached token waits.
  const expiry = deadline === undefined ? undefined : AbortSignal.timeout(Math.max(0, deadline - Date.now()));
  const stop = signal === undefined ? expiry! : expiry === undefined ? signal : AbortSignal.any([signal, expiry]);
  let onStop = (): void => {};
  const stopped = new Promise<never>((_, reject) => {
    onStop = () => reject(stoppedWaiting(provider, signal));
    if (stop.aborted) onStop();
    else stop.addEventListener('abort', onStop, { once: true });
  });
  try {
    return await Promise.race([promise, stopped]);
  } finally {
    stop.removeEventListener('abort', onStop);
  }
}
