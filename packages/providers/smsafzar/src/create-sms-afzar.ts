import { type CallOptions, type SmsCapabilities, SmsError, type SmsMessage } from '@sms/core';
import { DEFAULT_CHUNK_CONCURRENCY } from '@sms/core/provider-utils';
import { createNativeApi } from './native/create-native-api';
import type { SmsAfzarContext } from './native/sms-afzar-context';
import { SMS_AFZAR_CAPABILITIES, type SmsAfzarProvider } from './sms-afzar-provider';
import { SMS_AFZAR_DEFAULT_BULK_SIZE, type SmsAfzarSettings } from './sms-afzar-settings';
import { createSmsAfzarTransport } from './sms-afzar-transport';
import { cancelMessages } from './unified/cancel-messages';
import { createStatusMapper } from './unified/create-status-mapper';
import { getBalance } from './unified/get-balance';
import { getStatus } from './unified/get-status';
import { listInbound } from './unified/list-inbound';
import { sendBatch } from './unified/send-batch';
import { sendMessage } from './unified/send-message';
import { sendTemplate } from './unified/send-template';

function positiveInteger(value: number | undefined, fallback: number, name: string, provider: string): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && value >= 1) return value;
  throw new SmsError(`${name} for ${provider} must be a positive integer, got ${JSON.stringify(value)}.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}

/**
 * Creates an SMSAfzar provider. Nothing is read from the environment and no socket is opened until the
 * first call.
 */
export function createSmsAfzar(settings: SmsAfzarSettings = {}): SmsAfzarProvider {
  const provider = settings.id ?? 'smsafzar';
  const bulkSize = positiveInteger(settings.bulkSize, SMS_AFZAR_DEFAULT_BULK_SIZE, 'bulkSize', provider);
  const context: SmsAfzarContext = {
    provider,
    transport: createSmsAfzarTransport(settings, provider),
    defaultSender: settings.senderNumber,
    bulkSize,
    concurrency: positiveInteger(settings.concurrency, DEFAULT_CHUNK_CONCURRENCY, 'concurrency', provider),
    mapStatus: createStatusMapper(settings.messageStatusMap, provider),
  };
  const capabilities: SmsCapabilities =
    bulkSize === SMS_AFZAR_DEFAULT_BULK_SIZE
      ? SMS_AFZAR_CAPABILITIES
      : Object.freeze({ ...SMS_AFZAR_CAPABILITIES, maxRecipientsPerRequest: bulkSize, maxBatchSize: bulkSize });

  return {
    id: provider,
    capabilities,
    send: (message: SmsMessage, options?: CallOptions) => sendMessage(context, message, options),
    sendBatch: (messages, options) => sendBatch(context, messages, options),
    sendTemplate: (message, options) => sendTemplate(context, message, options),
    cancel: (target, options) => cancelMessages(context, target, options),
    getStatus: (target, options) => getStatus(context, target, options),
    getBalance: (options) => getBalance(context, options),
    listInbound: (query, options) => listInbound(context, query, options),
    native: createNativeApi(context),
    close: () => context.transport.close(),
  };
}
