import type { CallOptions } from '@sms/core';

/** `voice/send/simple`: a text read out in a phone call. */
export interface GhasedakVoiceCall {
  message: string;
  /** At most 100 Iranian numbers. */
  receptors: readonly string[];
  sendDate?: Date;
}

/** One item of a `voice/send/simple` answer. */
export interface GhasedakVoiceMessage {
  messageId: string;
  message?: string;
  /** The `voice` field: a status on the same scale as `sms/status`. */
  status?: number;
  /** Price in Rials. */
  price?: number;
  sender?: string;
  receptor?: string;
  sendDate?: Date;
  raw: unknown;
}

export interface GhasedakVoiceResponse {
  messages: GhasedakVoiceMessage[];
  raw: unknown;
}

/** `provider.native.voice`. */
export interface GhasedakVoiceApi {
  send(call: GhasedakVoiceCall, options?: CallOptions): Promise<GhasedakVoiceResponse>;
}
