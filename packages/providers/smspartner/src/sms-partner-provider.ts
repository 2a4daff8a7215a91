import type { SmsCapabilities, SmsProviderWith } from '@sms/core';
import type { SmsPartnerNativeApi } from './native/native-api-types';

/** SMS Partner's limit of numbers per send, bulk send, multi-status and lookup request (error 50). */
export const SMS_PARTNER_MAX_NUMBERS_PER_REQUEST = 500;

/** SMS Partner refuses to cancel a send less than 5 minutes before its time. */
export const SMS_PARTNER_CANCEL_WINDOW_MS = 5 * 60_000;

/** What an SMS Partner provider supports, and its limits (every instance has a copy of these). */
export const SMS_PARTNER_CAPABILITIES: Readonly<SmsCapabilities> = Object.freeze({
  maxRecipientsPerRequest: SMS_PARTNER_MAX_NUMBERS_PER_REQUEST,
  maxBatchSize: SMS_PARTNER_MAX_NUMBERS_PER_REQUEST,
  batch: true,
  templates: false,
  scheduling: true,
  cancel: true,
  cancelWindowMs: SMS_PARTNER_CANCEL_WINDOW_MS,
  status: true,
  statusByReference: false,
  balance: true,
  inbound: false,
  voice: false,
  webhooks: true,
});

/**
 * An SMS Partner account behind the `@sms/core` contract. The unified methods (`send`, `cancel`…) take
 * and return the core model; SMS Partner's own API, whose `send` and `cancel` speak the wire format, is
 * under `native`.
 */
export interface SmsPartnerProvider extends SmsProviderWith<
  'sendBatch' | 'cancel' | 'getStatus' | 'getBalance' | 'parseWebhook'
> {
  /** The whole SMS Partner v1 API, typed and close to the wire. */
  readonly native: SmsPartnerNativeApi;
}
