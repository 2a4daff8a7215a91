import type { CountryCode, HttpClient } from '@sms/core';
import type { SmsPartnerNativeApi } from '../native/native-types';
import type { SmsPartnerRounding } from '../sms-partner-settings';

/** What the unified methods share: the provider id, its HTTP client, the native API and a few settings. */
export interface SmsPartnerContext {
  id: string;
  http: HttpClient;
  native: SmsPartnerNativeApi;
  defaultCountry: CountryCode;
  concurrency?: number;
  roundSendAt?: SmsPartnerRounding;
}
