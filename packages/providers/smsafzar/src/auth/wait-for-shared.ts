import { SmsError } from '@sms/core';

/**
 * Waits for a promise several calls share (the token request) while honouring this call's own signal and
 * deadline, without cancelling the shared work for the others. Stopping here means nothing was sent.
 */
export async function waitForShared<Value>(promise: Promise<Value>, provider: string, signal?: AbortSignal, deadline?: number): Promise<Value> {
  if (signal === undefined && deadline === undefined) return promise;
  let cleanup = (): void => {};
  const stopped = new Promise<never>((_, reject) => {
    const onAbort = (): void =>
      reject(
        new SmsError(`The call to ${provider} was aborted while waiting for an authentication token; nothing was sent.`, {
          code: 'ABORTED',
          provider,
          outcome: 'not-sent',
          retryable: false,
          cause: signal?.reason,
        }),
      );
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      deadline === undefined
        ? undefined
        : setTimeout(
            () =>
              reject(
                new SmsError(`${provider} did not issue an authentication token within the call's deadline; nothing was sent.`, {
                  code: 'TIMEOUT',
                  provider,
                  outcome: 'not-sent',
                }),
              ),
            Math.max(0, deadline - Date.now()),
          );
    cleanup = () => {
      signal?.removeEventListener('abort', onAbort);
      if (timer !== undefined) clearTimeout(timer);
    };
  });
  try {
    return await Promise.race([promise, stopped]);
  } finally {
    cleanup();
  }
}
