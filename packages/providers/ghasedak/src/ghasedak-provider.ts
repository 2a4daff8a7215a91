import type { SmsCapabilities, SmsProviderWith } from '@sms/core';
import type { GhasedakNativeApi } from './native/native-api-types';

export const GHASEDAK_CAPABILITIES: SmsCapabilities = Object.freeze({
  maxRecipientsPerRequest: 100,
  maxBatchSize: 100,
  batch: true,
  templates: true,
  scheduling: true,
  cancel: true,
  status: true,
  statusByReference: true,
  balance: true,
  inbound: true,
  voice: true,
  webhooks: false,
});

/** A Ghasedak v2 provider: the `SmsProvider` contract, plus the whole native API under `native`. */
export interface GhasedakProvider extends SmsProviderWith<
  'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound'
> {
  readonly native: GhasedakNativeApi;
}
