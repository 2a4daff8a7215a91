import type { CallOptions } from '@sms/core';
import type { SmsPartnerEnvelope, SmsPartnerId } from './sms-partner-envelope';

export interface SmsPartnerStopEntry {
  id: SmsPartnerId;
  phoneNumber: string;
  createdAt?: string;
  [field: string]: unknown;
}

export interface SmsPartnerStopListAnswer extends SmsPartnerEnvelope {
  nbData?: number;
  data?: SmsPartnerStopEntry[];
}

export interface SmsPartnerStopAddAnswer extends SmsPartnerEnvelope {
  stopId?: SmsPartnerId;
}

export type SmsPartnerStopRemoveAnswer = SmsPartnerEnvelope;

/** The stop list (numbers that answered STOP). */
export interface SmsPartnerStopListApi {
  /** `GET v1/stop-sms/list`. */
  list(options?: CallOptions): Promise<SmsPartnerStopListAnswer>;
  /** `POST v1/stop-sms/add`. */
  add(phoneNumber: string, options?: CallOptions): Promise<SmsPartnerStopAddAnswer>;
  /** `GET v1/stop-sms/delete`, by the stop entry's id (from `list` or `add`), not by number. */
  remove(stopId: SmsPartnerId, options?: CallOptions): Promise<SmsPartnerStopRemoveAnswer>;
}
