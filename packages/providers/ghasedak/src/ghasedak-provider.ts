import type { SmsCapabilities, SmsProviderWith } from '@sms/core';
import type { GhasedakAccountApi } from './native/account-api-types';
import type { GhasedakContactsApi } from './native/contacts-api-types';
import type { GhasedakSmsApi } from './native/sms-api-types';
import type { GhasedakVerificationApi } from './native/verification-api-types';
import type { GhasedakVoiceApi } from './native/voice-api-types';

export const GHASEDAK_CAPABILITIES: SmsCapabilities = Object.freeze({
  maxRecipientsPerRequest: 100,
  maxBatchSize: 100,
  batch: true,
  templates: true,
  scheduling: true,
  cancel: true,
  status: true,
  balance: true,
  inbound: true,
  voice: true,
  webhooks: false,
});

/** Ghasedak's whole v2 API, typed: one property per endpoint group. */
export interface GhasedakNativeApi {
  /** `sms/*`: send, status, cancel, receive. */
  readonly sms: GhasedakSmsApi;
  /** `verification/send/simple`: template messages (OTP), text or voice. */
  readonly verification: GhasedakVerificationApi;
  /** `voice/send/simple`: text read out in a call. */
  readonly voice: GhasedakVoiceApi;
  /** `account/info`. */
  readonly account: GhasedakAccountApi;
  /** `contact/group/*`. */
  readonly contacts: GhasedakContactsApi;
}

/** A Ghasedak v2 provider: the `SmsProvider` contract, plus the whole native API under `native`. */
export interface GhasedakProvider extends SmsProviderWith<'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound'> {
  readonly native: GhasedakNativeApi;
}
