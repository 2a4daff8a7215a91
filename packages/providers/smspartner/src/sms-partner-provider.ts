import type { SmsProviderWith } from '@sms/core';
import type { SmsPartnerNativeApi } from './native/native-types';

/**
 * An SMS Partner account behind the `@sms/core` contract. The unified methods (`send`, `cancel`…) take
 * and return the core model; SMS Partner's own API, whose `send` and `cancel` speak the wire format, is
 * under `native`.
 */
export interface SmsPartnerProvider extends SmsProviderWith<'sendBatch' | 'cancel' | 'getStatus' | 'getBalance' | 'parseWebhook'> {
  /** The whole SMS Partner v1 API, typed and close to the wire. */
  readonly native: SmsPartnerNativeApi;
}
