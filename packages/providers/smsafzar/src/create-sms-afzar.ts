import { type CallOptions, type SmsCapabilities, SmsError, type SmsMessage, type SmsProviderWith } from '@sms/core';
import { DEFAULT_CHUNK_CONCURRENCY } from '@sms/core/provider-utils';
import type { SmsAfzarContext } from './context/sms-afzar-context';
import { createNativeApi } from './native/create-native-api';
import type { SmsAfzarAccountApi, SmsAfzarAuthApi, SmsAfzarMessagesApi } from './native/native-types';
import type { SmsAfzarSettings } from './settings/sms-afzar-settings';
import { createStatusMapper } from './status/create-status-mapper';
import { createTransport } from './transport/create-transport';
import { cancelScheduled, CANCEL_WINDOW_MS } from './unified/cancel-scheduled';
import { getBalance } from './unified/get-balance';
import { getStatus } from './unified/get-status';
import { listInbound } from './unified/list-inbound';
import { sendBatch } from './unified/send-batch';
import { sendMessage } from './unified/send-message';
import { sendTemplate } from './unified/send-template';

/** Recipients per `messages/send/bulk` request when `bulkSize` is not set. SMSAfzar documents no limit. */
export const DEFAULT_BULK_SIZE = 100;

/** An `SmsProvider` for SMSAfzar with its native API beside the unified one. */
export interface SmsAfzarProvider extends SmsProviderWith<'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound'> {
  /** SMSAfzar's own endpoints: `send`, `sendBulk`, `sendTemplate`, `cancelScheduled`, `status`, `receivedRecent`. */
  readonly messages: SmsAfzarMessagesApi;
  /** `balance()`. */
  readonly account: SmsAfzarAccountApi;
  /** `token()`, in JWT mode. */
  readonly auth: SmsAfzarAuthApi;
}

function positiveInteger(value: number | undefined, fallback: number, name: string, provider: string): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && value >= 1) return value;
  throw new SmsError(`${name} for ${provider} must be a positive integer, got ${JSON.stringify(value)}.`, { code: 'INVALID_INPUT', provider });
}

/**
 * Creates an SMSAfzar provider. Nothing is read from the environment and no socket is opened until the
 * first call.
 */
export function createSmsAfzar(settings: SmsAfzarSettings = {}): SmsAfzarProvider {
  const provider = settings.id ?? 'smsafzar';
  const bulkSize = positiveInteger(settings.bulkSize, DEFAULT_BULK_SIZE, 'bulkSize', provider);
  const context: SmsAfzarContext = {
    provider,
    transport: createTransport(settings, provider),
    defaultSender: settings.senderNumber,
    bulkSize,
    concurrency: positiveInteger(settings.concurrency, DEFAULT_CHUNK_CONCURRENCY, 'concurrency', provider),
    mapStatus: createStatusMapper(settings.messageStatusMap, provider),
  };
  const capabilities: SmsCapabilities = Object.freeze({
    maxRecipientsPerRequest: bulkSize,
    maxBatchSize: bulkSize,
    batch: true,
    templates: true,
    scheduling: true,
    cancel: true,
    cancelWindowMs: CANCEL_WINDOW_MS,
    status: true,
    balance: true,
    inbound: true,
    voice: false,
    webhooks: false,
  });
  const native = createNativeApi(context);

  return {
    id: provider,
    capabilities,
    send: (message: SmsMessage, options?: CallOptions) => sendMessage(context, message, options),
    sendBatch: (messages, options) => sendBatch(context, messages, options),
    sendTemplate: (message, options) => sendTemplate(context, message, options),
    cancel: (target, options) => cancelScheduled(context, target, options),
    getStatus: (target, options) => getStatus(context, target, options),
    getBalance: (options) => getBalance(context, options),
    listInbound: (query, options) => listInbound(context, query, options),
    messages: native.messages,
    account: native.account,
    auth: native.auth,
    close: () => context.transport.close(),
  };
}
