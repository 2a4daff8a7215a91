import type { CallOptions } from '@sms/core';

/** The answer of `account/balance`: `credit` as a number (SMSAfzar sends `"1,250,000"`), `unit` as given (`ریال`). */
export interface SmsAfzarBalanceAnswer {
  credit: number;
  unit?: string;
  raw: unknown;
}

/** SMSAfzar's `account/*` endpoints. */
export interface SmsAfzarAccountApi {
  /** `GET account/balance`. */
  balance(options?: CallOptions): Promise<SmsAfzarBalanceAnswer>;
}
