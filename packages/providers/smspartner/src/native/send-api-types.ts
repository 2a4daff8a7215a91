import type { CallOptions } from '@sms/core';
import type { SmsPartnerGamme } from '../sms-partner-settings';
import type { SmsPartnerEnvelope, SmsPartnerId } from './sms-partner-envelope';

/** Optional fields shared by `v1/send` and `v1/bulk-send`, as on the wire (`apiKey` and `_format` are added for you). */
export interface SmsPartnerSendFields {
  sender?: string;
  gamme?: SmsPartnerGamme;
  /** At most 20 characters, lowercase, no spaces. */
  tag?: string;
  /** `dd/MM/yyyy`; needs `time` and `minute`. See `toSmsPartnerSchedule()`. */
  scheduledDeliveryDate?: string;
  /** Hour 0–23. */
  time?: number;
  /** 0–55, in steps of 5. */
  minute?: number;
  urlResponse?: string;
  urlDlr?: string;
  /** Sent as `isStopSms=1`. */
  isStopSms?: boolean;
  /** Sent as `isUnicode=1`; default from the `unicode` setting. */
  isUnicode?: boolean;
  /** Sent as `sandbox=1`; default from the `sandbox` setting. */
  sandbox?: boolean;
}

export interface SmsPartnerSendRequest extends SmsPartnerSendFields {
  /** At most 500 numbers, joined with commas on the wire. French numbers may be national; others international. */
  phoneNumbers: string | readonly string[];
  message: string;
}

export interface SmsPartnerSendAnswer extends SmsPartnerEnvelope {
  message_id: SmsPartnerId;
  nb_sms?: number;
  cost?: number;
  currency?: string;
  scheduledDeliveryDate?: string;
}

export interface SmsPartnerBulkItem {
  phoneNumber: string;
  message: string;
}

export interface SmsPartnerBulkSendRequest extends SmsPartnerSendFields {
  /** At most 500 entries. */
  SMSList: readonly SmsPartnerBulkItem[];
}

export interface SmsPartnerBulkSendItemAnswer {
  success?: boolean;
  code?: number;
  nbSms?: number;
  cost?: number;
  phoneNumber?: string;
  message?: string;
  [field: string]: unknown;
}

export interface SmsPartnerBulkSendAnswer extends SmsPartnerEnvelope {
  message_id: SmsPartnerId;
  currency?: string;
  cost?: number;
  nbSMS?: number;
  SMSResponse_List?: SmsPartnerBulkSendItemAnswer[];
}

export type SmsPartnerCancelAnswer = SmsPartnerEnvelope;

/** Sending: one text to many numbers, one text per number, and the cancel of a scheduled send. */
export interface SmsPartnerSendApi {
  /** `POST v1/send`: one text to at most 500 numbers. Defaults from the settings fill omitted fields. */
  send(request: SmsPartnerSendRequest, options?: CallOptions): Promise<SmsPartnerSendAnswer>;
  /** `POST v1/bulk-send`: one text per number, at most 500. */
  bulkSend(request: SmsPartnerBulkSendRequest, options?: CallOptions): Promise<SmsPartnerBulkSendAnswer>;
  /** `GET v1/message-cancel`: cancels a scheduled send (not within 5 minutes of its time). */
  cancel(messageId: SmsPartnerId, options?: CallOptions): Promise<SmsPartnerCancelAnswer>;
}
