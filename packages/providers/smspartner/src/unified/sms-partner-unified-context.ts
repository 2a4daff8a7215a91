import type { CountryCode } from '@sms/core';
import type { SendDefaults } from '../native/build-send-fields';
import type { SmsPartnerNativeApi } from '../native/native-api-types';
import type { SmsPartnerRounding } from '../sms-partner-settings';
import type { SmsPartnerTransport } from '../sms-partner-transport';
import type { ReplyPartsBuffer } from './reply-parts-buffer';

/** What `parseWebhook` needs: the provider id, the country of national numbers, and the instance's reply buffer. */
export interface SmsPartnerWebhookContext {
  id: string;
  defaultCountry: CountryCode;
  /** Parts of multi-part replies waiting for the others, per provider instance. */
  replyParts: ReplyPartsBuffer;
}

/** What the unified methods share: the provider id, its transport, the native API and a few settings. */
export interface SmsPartnerUnifiedContext extends SmsPartnerWebhookContext {
  /** The calls under the native API, for a split send that checks its fields once rather than per request. */
  transport: SmsPartnerTransport;
  native: SmsPartnerNativeApi;
  defaults: SendDefaults;
  concurrency?: number;
  roundSendAt?: SmsPartnerRounding;
}
