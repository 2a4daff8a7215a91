import { SmsError, type SmsCapabilities } from '@sms/core';
import { createHttpClient, loadSetting, readSetting } from '@sms/core/provider-utils';
import type { SendDefaults } from './native/build-send-fields';
import { createNativeApi, MAX_NUMBERS_PER_REQUEST } from './native/create-native-api';
import { createSmsPartnerCalls } from './native/create-sms-partner-calls';
import { cancelMessages, CANCEL_WINDOW_MS } from './provider/cancel-messages';
import { getBalance } from './provider/get-balance';
import { getStatus } from './provider/get-status';
import { sendBatch } from './provider/send-batch';
import { sendMessage } from './provider/send-message';
import type { SmsPartnerContext } from './provider/sms-partner-context';
import type { SmsPartnerProvider } from './sms-partner-provider';
import type { SmsPartnerSettings } from './sms-partner-settings';
import { assertSender } from './validation/assert-sender';
import { assertUrl } from './validation/assert-url';
import { createWebhookParser } from './webhooks/create-webhook-parser';

export const SMS_PARTNER_API_KEY_VARIABLE = 'SMSPARTNER_API_KEY';
const DEFAULT_BASE_URL = 'https://api.smspartner.fr';
const DEFAULT_MAX_PENDING_REPLIES = 200;

function invalidSetting(provider: string, problem: string): SmsError {
  return new SmsError(`createSmsPartner(): ${problem}.`, { code: 'INVALID_INPUT', provider });
}

function positiveIntegerSetting(value: number | undefined, name: string, provider: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) throw invalidSetting(provider, `${name} must be a positive integer, got ${value}`);
}

/**
 * Creates an SMS Partner provider. Nothing is opened and no credential is read until the first call; the
 * API key comes from `apiKey` or the `SMSPARTNER_API_KEY` environment variable.
 */
export function createSmsPartner(settings: SmsPartnerSettings = {}): SmsPartnerProvider {
  const id = settings.id ?? 'smspartner';
  if (!/^[a-z0-9-]+$/.test(id)) throw invalidSetting('smspartner', `id must be lowercase letters, digits and dashes, got ${JSON.stringify(id)}`);
  if (settings.sender !== undefined) assertSender(settings.sender, id);
  if (settings.gamme !== undefined && settings.gamme !== 1 && settings.gamme !== 2) throw invalidSetting(id, 'gamme must be 1 (Premium) or 2 (Low Cost)');
  if (settings.urlDlr !== undefined) assertUrl(settings.urlDlr, 'urlDlr', id);
  if (settings.urlResponse !== undefined) assertUrl(settings.urlResponse, 'urlResponse', id);
  if (settings.roundSendAt !== undefined && settings.roundSendAt !== 'up') throw invalidSetting(id, "roundSendAt must be 'up' or omitted");
  if (settings.unicode !== undefined && settings.unicode !== 'auto' && typeof settings.unicode !== 'boolean') throw invalidSetting(id, "unicode must be 'auto', true or false");
  positiveIntegerSetting(settings.concurrency, 'concurrency', id);
  positiveIntegerSetting(settings.connections, 'connections', id);
  positiveIntegerSetting(settings.maxPendingReplies, 'maxPendingReplies', id);

  const apiKey = (): string =>
    loadSetting({ value: settings.apiKey, environmentVariable: SMS_PARTNER_API_KEY_VARIABLE, settingName: 'apiKey', provider: id, factory: 'createSmsPartner' });

  const http = createHttpClient({
    provider: id,
    baseUrl: settings.baseUrl ?? DEFAULT_BASE_URL,
    ...(settings.dispatcher === undefined ? {} : { dispatcher: settings.dispatcher }),
    ...(settings.connections === undefined ? {} : { connections: settings.connections }),
    ...(settings.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: settings.connectTimeoutMs }),
    ...(settings.headersTimeoutMs === undefined ? {} : { headersTimeoutMs: settings.headersTimeoutMs }),
    ...(settings.bodyTimeoutMs === undefined ? {} : { bodyTimeoutMs: settings.bodyTimeoutMs }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.maxResponseBytes === undefined ? {} : { maxResponseBytes: settings.maxResponseBytes }),
    // The key travels in GET query strings, so every error built from a request or answer is scrubbed of it.
    secrets: () => [readSetting(settings.apiKey, SMS_PARTNER_API_KEY_VARIABLE)],
  });

  const defaultCountry = settings.defaultCountry ?? 'FR';
  const parseWebhook = createWebhookParser({ provider: id, defaultCountry, maxPendingReplies: settings.maxPendingReplies ?? DEFAULT_MAX_PENDING_REPLIES });
  const calls = createSmsPartnerCalls({ http, apiKey });
  const defaults: SendDefaults = {
    sandbox: settings.sandbox === true,
    unicode: settings.unicode ?? 'auto',
    ...(settings.sender === undefined ? {} : { sender: settings.sender }),
    ...(settings.gamme === undefined ? {} : { gamme: settings.gamme }),
    ...(settings.urlDlr === undefined ? {} : { urlDlr: settings.urlDlr }),
    ...(settings.urlResponse === undefined ? {} : { urlResponse: settings.urlResponse }),
  };
  const native = createNativeApi({ id, calls, parseWebhook, defaults });
  const context: SmsPartnerContext = {
    id,
    http,
    native,
    calls,
    defaults,
    defaultCountry,
    ...(settings.concurrency === undefined ? {} : { concurrency: settings.concurrency }),
    ...(settings.roundSendAt === undefined ? {} : { roundSendAt: settings.roundSendAt }),
  };
  const capabilities: SmsCapabilities = {
    maxRecipientsPerRequest: MAX_NUMBERS_PER_REQUEST,
    maxBatchSize: MAX_NUMBERS_PER_REQUEST,
    batch: true,
    templates: false,
    scheduling: true,
    cancel: true,
    cancelWindowMs: CANCEL_WINDOW_MS,
    status: true,
    balance: true,
    inbound: false,
    voice: false,
    webhooks: true,
  };

  return {
    id,
    capabilities,
    native,
    send: (message, options) => sendMessage(context, message, options),
    sendBatch: (messages, options) => sendBatch(context, messages, options),
    cancel: (target, options) => cancelMessages(context, target, options),
    getStatus: (target, options) => getStatus(context, target, options),
    getBalance: (options) => getBalance(context, options),
    parseWebhook,
    close: () => http.close(),
  };
}
