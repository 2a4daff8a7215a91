import type { WebhookEvent, WebhookRequest } from '@sms/core';
import type { SmsPartnerTransport } from '../sms-partner-transport';
import type { SendDefaults } from './build-send-fields';

/** What every endpoint group of the native API shares: the provider id, the transport and the send defaults of the settings. */
export interface SmsPartnerContext {
  id: string;
  transport: SmsPartnerTransport;
  defaults: SendDefaults;
  /** The provider's webhook parser, which `native.parseWebhook` hands requests to. */
  parseWebhook: (request: WebhookRequest) => Promise<WebhookEvent[]>;
}
