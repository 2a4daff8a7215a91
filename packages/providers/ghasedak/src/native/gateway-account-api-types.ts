import type { CallOptions } from '@sms/core';

/** `GetAccountInformation`. */
export interface GhasedakGatewayAccountInformation {
  /** Wallet balance in Rials. */
  credit: number;
  /** When the plan expires. */
  expireDate?: Date;
  /** The plan's name, in Persian (e.g. `نقره ای`). */
  plan?: string;
  raw: unknown;
}

/** `provider.native.account` of the gateway. */
export interface GhasedakGatewayAccountApi {
  information(options?: CallOptions): Promise<GhasedakGatewayAccountInformation>;
}
