import { SmsError } from '@sms/core';
import type { GhasedakProvider } from './ghasedak-provider';
import { GHASEDAK_CAPABILITIES } from './ghasedak-provider';
import type { GhasedakSettings } from './ghasedak-settings';
import { createAccountApi } from './native/create-account-api';
import { createContactsApi } from './native/create-contacts-api';
import { createSmsApi } from './native/create-sms-api';
import { createVerificationApi } from './native/create-verification-api';
import { createVoiceApi } from './native/create-voice-api';
import type { GhasedakContext } from './native/ghasedak-context';
import { cancelMessages } from './unified/cancel-messages';
import { getBalance } from './unified/get-balance';
import { getDeliveryStatus } from './unified/get-delivery-status';
import { listInbound } from './unified/list-inbound';
import { sendBatch } from './unified/send-batch';
import { sendMessage } from './unified/send-message';
import { sendTemplate } from './unified/send-template';
import { assertLineNumber } from './validation/ghasedak-inputs';
import { createGhasedakTransport } from './wire/ghasedak-transport';

const DEFAULT_BASE_URL = 'https://api.ghasedak.me';

/**
 * Creates a Ghasedak v2 provider. Nothing is read or opened here: the API key is read (from the settings or
 * `GHASEDAK_API_KEY`) at the first call, and the connection pool is opened on first use.
 */
export function createGhasedak(settings: GhasedakSettings = {}): GhasedakProvider {
  const provider = settings.id ?? 'ghasedak';
  if (typeof provider !== 'string' || !/^[a-z0-9-]+$/.test(provider)) {
    throw new SmsError(`id for createGhasedak() must be lower-case letters, digits and dashes; got ${JSON.stringify(settings.id)}.`, { code: 'INVALID_INPUT' });
  }
  const concurrency = settings.concurrency;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new SmsError(`concurrency for ${provider} must be a whole number of at least 1; got ${String(concurrency)}.`, { code: 'INVALID_INPUT', provider });
  }
  const transport = createGhasedakTransport({
    provider,
    apiKey: settings.apiKey,
    baseUrl: settings.baseUrl ?? DEFAULT_BASE_URL,
    dispatcher: settings.dispatcher,
    timeoutMs: settings.timeoutMs,
    maxResponseBytes: settings.maxResponseBytes,
    connections: settings.connections,
  });
  const context: GhasedakContext = {
    transport,
    provider,
    lineNumber: settings.lineNumber === undefined ? undefined : assertLineNumber(settings.lineNumber, provider),
    concurrency,
  };

  return {
    id: provider,
    capabilities: GHASEDAK_CAPABILITIES,
    send: (message, options) => sendMessage(context, message, options),
    sendBatch: (messages, options) => sendBatch(context, messages, options),
    sendTemplate: (message, options) => sendTemplate(context, message, options),
    cancel: (target, options) => cancelMessages(context, target, options),
    getStatus: (target, options) => getDeliveryStatus(context, target, options),
    getBalance: (options) => getBalance(context, options),
    listInbound: (query, options) => listInbound(context, query, options),
    close: () => transport.http.close(),
    sms: createSmsApi(context),
    verification: createVerificationApi(context),
    voice: createVoiceApi(context),
    account: createAccountApi(context),
    contacts: createContactsApi(context),
  };
}
