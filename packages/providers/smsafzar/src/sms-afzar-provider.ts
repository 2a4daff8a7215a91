import type { SmsCapabilities, SmsProviderWith } from '@sms/core';
import type { SmsAfzarNativeApi } from './native/native-api-types';
import { SMS_AFZAR_DEFAULT_BULK_SIZE } from './sms-afzar-settings';

/** SMSAfzar deletes a scheduled send only until 30 seconds before its send time. */
export const SMS_AFZAR_CANCEL_WINDOW_MS = 30_000;

/** What an SMSAfzar provider supports, with the default `bulkSize`; the factory sets the limits from `bulkSize`. */
export const SMS_AFZAR_CAPABILITIES: SmsCapabilities = Object.freeze({
  maxRecipientsPerRequest: SMS_AFZAR_DEFAULT_BULK_SIZE,
  maxBatchSize: SMS_AFZAR_DEFAULT_BULK_SIZE,
  batch: true,
  templates: true,
  scheduling: true,
  cancel: true,
  cancelWindowMs: SMS_AFZAR_CANCEL_WINDOW_MS,
  status: true,
  statusByReference: false,
  balance: true,
  inbound: true,
  voice: false,
  webhooks: false,
});

/** An `SmsProvider` for SMSAfzar, with SMSAfzar's own API under `native`. */
export interface SmsAfzarProvider extends SmsProviderWith<
  'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound'
> {
  /** SMSAfzar's own endpoints: `messages.*`, `account.balance()` and `auth.token()`. */
  readonly native: SmsAfzarNativeApi;
}
