import type { CallOptions, WebhookEvent, WebhookRequest } from '@sms/core';
import type { SmsPartnerGamme } from '../sms-partner-settings';

/** SMS Partner ids are numbers in send answers and strings in status answers. */
export type SmsPartnerId = number | string;

/** Every SMS Partner answer: `success` and `code` (200 when it worked). Unknown fields are kept. */
export interface SmsPartnerEnvelope {
  success: boolean;
  code: number;
  message?: string;
  [field: string]: unknown;
}

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

export interface SmsPartnerLookupItem {
  request?: string;
  success?: boolean;
  message?: string;
  countryCode?: string;
  prefixCode?: number;
  phoneNumber?: string;
  type?: string;
  network?: string;
  format?: { e164?: string; international?: string; national?: string; rfc3966?: string };
  [field: string]: unknown;
}

export interface SmsPartnerLookupAnswer extends SmsPartnerEnvelope {
  lookup?: SmsPartnerLookupItem[];
}

/** The stop list (numbers that answered STOP). */
export interface SmsPartnerStopListApi {
  /** `GET v1/stop-sms/list`. */
  list(options?: CallOptions): Promise<SmsPartnerStopListAnswer>;
  /** `POST v1/stop-sms/add`. */
  add(phoneNumber: string, options?: CallOptions): Promise<SmsPartnerStopAddAnswer>;
  /** `GET v1/stop-sms/delete`, by the stop entry's id (from `list` or `add`), not by number. */
  remove(stopId: SmsPartnerId, options?: CallOptions): Promise<SmsPartnerStopRemoveAnswer>;
}

/**
 * SMS Partner's own v1 API, typed and close to the wire. Every method adds `apiKey` and `_format=json`,
 * throws an `SmsError` for an answer with `success: false` (even under HTTP 200), and returns the answer
 * as parsed JSON otherwise.
 */
export interface SmsPartnerNativeApi {
  /** `POST v1/send`: one text to at most 500 numbers. Defaults from the settings fill omitted fields. */
  send(request: SmsPartnerSendRequest, options?: CallOptions): Promise<SmsPartnerSendAnswer>;
  /** `POST v1/bulk-send`: one text per number, at most 500. */
  bulkSend(request: SmsPartnerBulkSendRequest, options?: CallOptions): Promise<SmsPartnerBulkSendAnswer>;
  /** `GET v1/message-cancel`: cancels a scheduled send (not within 5 minutes of its time). */
  cancel(messageId: SmsPartnerId, options?: CallOptions): Promise<SmsPartnerCancelAnswer>;
  /** `GET v1/message-status`: one recipient of one send. */
  messageStatus(query: SmsPartnerMessageStatusQuery, options?: CallOptions): Promise<SmsPartnerMessageStatusAnswer>;
  /** `POST v1/multi-status`: at most 500 `{ phoneNumber, messageId }` pairs, sent as `SMSStatut_List`. */
  multiStatus(list: readonly SmsPartnerMessageStatusQuery[], options?: CallOptions): Promise<SmsPartnerMultiStatusAnswer>;
  /** `GET v1/bulk-status`: every recipient of one send. */
  bulkStatus(messageId: SmsPartnerId, options?: CallOptions): Promise<SmsPartnerBulkStatusAnswer>;
  /** `GET v1/bulk-status-by-tag`: every message sent with a tag (first page only; paging is not documented). */
  bulkStatusByTag(tag: string, options?: CallOptions): Promise<SmsPartnerBulkStatusByTagAnswer>;
  /** `GET v1/me`: account and credits. */
  me(options?: CallOptions): Promise<SmsPartnerMeAnswer>;
  readonly stopList: SmsPartnerStopListApi;
  /** `POST v1/lookup`: free format and type check of at most 500 numbers. */
  lookup(phoneNumbers: string | readonly string[], options?: CallOptions): Promise<SmsPartnerLookupAnswer>;
  /** The same parser as the provider's `parseWebhook`. */
  parseWebhook(request: WebhookRequest): Promise<WebhookEvent[]>;
}
