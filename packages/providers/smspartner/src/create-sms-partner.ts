import type { WebhookRequest } from '@sms/core';
import { createNativeApi } from './native/create-native-api';
import { SMS_PARTNER_CAPABILITIES, type SmsPartnerProvider } from './sms-partner-provider';
import { resolveSmsPartnerSettings, type SmsPartnerSettings } from './sms-partner-settings';
import { createSmsPartnerTransport } from './sms-partner-transport';
import { cancelMessages } from './unified/cancel-messages';
import { getBalance } from './unified/get-balance';
import { getStatus } from './unified/get-status';
import { parseWebhook } from './unified/parse-webhook';
import { ReplyPartsBuffer } from './unified/reply-parts-buffer';
import { sendBatch } from './unified/send-batch';
import { sendMessage } from './unified/send-message';
import type { SmsPartnerUnifiedContext, SmsPartnerWebhookContext } from './unified/sms-partner-unified-context';

/**
 * Creates an SMS Partner provider. Nothing is opened and no credential is read until the first call; the
 * API key comes from `apiKey` or the `SMSPARTNER_API_KEY` environment variable.
 */
export function createSmsPartner(settings: SmsPartnerSettings = {}): SmsPartnerProvider {
  const resolved = resolveSmsPartnerSettings(settings);
  const { id, defaultCountry, sendDefaults: defaults } = resolved;
  const transport = createSmsPartnerTransport(settings, id);
  const webhooks: SmsPartnerWebhookContext = {
    id,
    defaultCountry,
    replyParts: new ReplyPartsBuffer(resolved.maxPendingReplies),
  };
  const parse = (request: WebhookRequest) => parseWebhook(webhooks, request);
  const native = createNativeApi({ id, transport, defaults, parseWebhook: parse });
  const context: SmsPartnerUnifiedContext = {
    ...webhooks,
    transport,
    native,
    defaults,
    ...(resolved.concurrency === undefined ? {} : { concurrency: resolved.concurrency }),
    ...(resolved.roundSendAt === undefined ? {} : { roundSendAt: resolved.roundSendAt }),
  };

  return {
    id,
    capabilities: { ...SMS_PARTNER_CAPABILITIES },
    native,
    send: (message, options) => sendMessage(context, message, options),
    sendBatch: (messages, options) => sendBatch(context, messages, options),
    cancel: (target, options) => cancelMessages(context, target, options),
    getStatus: (target, options) => getStatus(context, target, options),
    getBalance: (options) => getBalance(context, options),
    parseWebhook: parse,
    close: () => transport.close(),
  };
}
