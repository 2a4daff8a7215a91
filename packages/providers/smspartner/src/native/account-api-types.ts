import type { CallOptions } from '@sms/core';
import type { SmsPartnerEnvelope } from './sms-partner-envelope';

export interface SmsPartnerMeAnswer extends SmsPartnerEnvelope {
  user?: { username?: string; firstname?: string; lastname?: string; [field: string]: unknown };
  credits?: {
    creditSms?: number;
    creditSmsECO?: number;
    creditSmsLowCost?: number;
    creditHlr?: number;
    toSend?: number;
    /** Money left, as a string such as `"10225.119"`. */
    balance?: string | number;
    /** Older name of `balance`. */
    solde?: string | number;
    currency?: string;
    [field: string]: unknown;
  };
}

/** The account. */
export interface SmsPartnerAccountApi {
  /** `GET v1/me`: account and credits. */
  me(options?: CallOptions): Promise<SmsPartnerMeAnswer>;
}
