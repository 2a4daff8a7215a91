import { SmsError } from '@sms/core';
import { assertClientName } from '../get-sms-client-token';
import type { SmsQueueModuleOptions } from './sms-queue-module-options';

function invalid(message: string): SmsError {
  return new SmsError(`SmsQueueModule: ${message}`, { code: 'INVALID_INPUT' });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The module's own settings are checked here; the queue's and the worker's are checked by `createSmsQueue`
 * and `createSmsWorker`, so the rules live in one place.
 */
export function assertSmsQueueModuleOptions(options: unknown): asserts options is SmsQueueModuleOptions {
  if (!isObject(options)) throw invalid('the options must be an object with at least `connection`.');
  const worker = options.worker;
  if (worker === undefined) return;
  if (!isObject(worker))
    throw invalid('`worker` must be an object of worker settings (`{}` for the defaults), or left out.');
  if (worker.client !== undefined && typeof (worker.client as { send?: unknown }).send !== 'function')
    throw invalid('`worker.client` must be a client from createSmsClient.');
  if (worker.client !== undefined && worker.clientName !== undefined)
    throw invalid('give `worker.client` or `worker.clientName`, not both.');
  if (worker.clientName !== undefined) assertClientName(worker.clientName);
}
