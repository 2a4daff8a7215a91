import type { CallOptions } from '@sms/core';
import type { SmsPartnerEnvelope, SmsPartnerId } from './sms-partner-envelope';

export interface SmsPartnerMessageStatusQuery {
  messageId: SmsPartnerId;
  /** The recipient, in international form. */
  phoneNumber: string;
}

export interface SmsPartnerMessageStatusAnswer extends SmsPartnerEnvelope {
  number?: string;
  messageId?: SmsPartnerId;
  stopSms?: boolean | string;
  /** `YYYY-MM-DD HH:MM:SS` (Paris time) or Unix seconds as a string. */
  date?: string;
  /** The status, under its French name. */
  statut?: string;
  cost?: number;
  countryCode?: string;
  currency?: string;
}

/** One entry of `StatutResponse_List` (multi-status, bulk-status, bulk-status-by-tag). */
export interface SmsPartnerStatusItem {
  success?: boolean;
  code?: number;
  phoneNumber?: string;
  messageId?: SmsPartnerId;
  status?: string;
  date?: string;
  stopSms?: string | boolean;
  stopSMS?: string | boolean;
  isSpam?: string | boolean;
  [field: string]: unknown;
}

export interface SmsPartnerMultiStatusAnswer extends SmsPartnerEnvelope {
  StatutResponse_List?: SmsPartnerStatusItem[];
}

export interface SmsPartnerBulkStatusAnswer extends SmsPartnerEnvelope {
  message_id?: SmsPartnerId;
  StatutResponse_List?: SmsPartnerStatusItem[];
}

export interface SmsPartnerBulkStatusByTagAnswer extends SmsPartnerEnvelope {
  currentPage?: number;
  total?: number;
  StatutResponse_List?: SmsPartnerStatusItem[];
}

/** Delivery status: of one recipient, of listed recipients, of a whole send, of every send with a tag. */
export interface SmsPartnerStatusApi {
  /** `GET v1/message-status`: one recipient of one send. */
  messageStatus(query: SmsPartnerMessageStatusQuery, options?: CallOptions): Promise<SmsPartnerMessageStatusAnswer>;
  /** `POST v1/multi-status`: at most 500 `{ phoneNumber, messageId }` pairs, sent as `SMSStatut_List`. */
  multiStatus(
    list: readonly SmsPartnerMessageStatusQuery[],
    options?: CallOptions,
  ): Promise<SmsPartnerMultiStatusAnswer>;
  /** `GET v1/bulk-status`: every recipient of one send. */
  bulkStatus(messageId: SmsPartnerId, options?: CallOptions): Promise<SmsPartnerBulkStatusAnswer>;
  /** `GET v1/bulk-status-by-tag`: every message sent with a tag (first page only; paging is not documented). */
  bulkStatusByTag(tag: string, options?: CallOptions): Promise<SmsPartnerBulkStatusByTagAnswer>;
}
