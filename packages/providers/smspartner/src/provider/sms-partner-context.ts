import type { CountryCode } from '@sms/core';
import type { HttpClient } from '@sms/core/provider-utils';
import type { SendDefaults } from '../native/build-send-fields';
import type { SmsPartnerCalls } from '../native/create-sms-partner-calls';
import type { SmsPartnerNativeApi } from '../native/native-types';
import type { SmsPartnerRounding } from '../sms-partner-settings';

/** What the unified methods share: the provider id, its HTTP client, the native API and a few settings. */
export interface SmsPartnerContext {
  id: string;
  http: HttpClient;
  native: SmsPartnerNativeApi;
  /** The calls under the native API, for a split send that checks its fields once rather than per request. */
  calls: SmsPartnerCalls;
  defaults: SendDefaults;
  defaultCountry: CountryCode;
  concurrency?: number;
  roundSendAt?: SmsPartnerRounding;
}
