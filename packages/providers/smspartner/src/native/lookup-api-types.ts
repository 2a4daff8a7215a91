import type { CallOptions } from '@sms/core';
import type { SmsPartnerEnvelope } from './sms-partner-envelope';

export interface SmsPartnerLookupItem {
  request?: string;
  success?: boolean;
  message?: string;
  countryCode?: string;
  prefixCode?: number;
  phoneNumber?: string;
  type?: string;
  network?: string;
  format?: { e164?: string; international?: string; national?: string; rfc3966?: string };
  [field: string]: unknown;
}

export interface SmsPartnerLookupAnswer extends SmsPartnerEnvelope {
  lookup?: SmsPartnerLookupItem[];
}

/** Number lookup. */
export interface SmsPartnerLookupApi {
  /** `POST v1/lookup`: free format and type check of at most 500 numbers. */
  lookup(phoneNumbers: string | readonly string[], options?: CallOptions): Promise<SmsPartnerLookupAnswer>;
}
