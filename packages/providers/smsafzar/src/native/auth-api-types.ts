import type { CallOptions } from '@sms/core';

/** A JWT from `auth/token`. */
export interface SmsAfzarToken {
  token: string;
  /** Lifetime in seconds, as SMSAfzar gave it. */
  expiresIn?: number;
  expiresAt: Date;
}

/** SMSAfzar's `auth/*` endpoints. */
export interface SmsAfzarAuthApi {
  /** `POST auth/token`: a fresh JWT (also cached for later calls). Needs `userName`, `password` and `domain`. */
  token(options?: CallOptions): Promise<SmsAfzarToken>;
}
