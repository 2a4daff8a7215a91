import type { CallOptions } from '@sms/core';

/** `account/info`. */
export interface GhasedakAccountInfo {
  /** Credit in Rials. */
  balance: number;
  /** When the account expires (`expire`, Unix seconds). */
  expiresAt?: Date;
  raw: unknown;
}

/** `provider.native.account`. */
export interface GhasedakAccountApi {
  info(options?: CallOptions): Promise<GhasedakAccountInfo>;
}
