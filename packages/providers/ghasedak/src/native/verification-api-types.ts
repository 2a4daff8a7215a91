import type { CallOptions } from '@sms/core';
import type { GhasedakSendResponse } from './sms-api-types';

/** `verification/send/simple`: a message from a template approved in the Ghasedak panel. */
export interface GhasedakVerification {
  /** At most 100 recipients: Iranian numbers in any notation, numbers abroad as `+<country code>…`. */
  receptors: readonly string[];
  /** The template's name in the panel. */
  template: string;
  /** `%param1%` … `%param10%`: at least 1, at most 10 values. */
  params: readonly string[];
  /** A text message (type 1, default) or a voice call (type 2). */
  type?: 'text' | 'voice';
  /** No commas. */
  checkId?: string;
}

/** `provider.native.verification`. */
export interface GhasedakVerificationApi {
  send(verification: GhasedakVerification, options?: CallOptions): Promise<GhasedakSendResponse>;
}
