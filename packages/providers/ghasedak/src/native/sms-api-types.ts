import type { CallOptions } from '@sms/core';

/** What every send endpoint returns: one message id per recipient, in request order. */
export interface GhasedakSendResponse {
  /** Message ids as strings (they exceed 2^31). */
  messageIds: string[];
  /** The parsed answer, unchanged. */
  raw: unknown;
}

/** `sms/send/simple`: one text to one recipient. */
export interface GhasedakSimpleSms {
  message: string;
  /** One recipient, Iranian mobile, any notation (`09…`, `+989…`, Persian digits). */
  receptor: string;
  /** Your sender line; Ghasedak uses your highest-priority line when omitted. Default: the `lineNumber` setting. */
  lineNumber?: string;
  /** Schedule the message (sent as Unix seconds). */
  sendDate?: Date;
  /** Your own unique id for the message, usable with `native.sms.status({ checkIds })`. No commas. */
  checkId?: string;
}

/** One message of `sms/send/bulk`: its own text, recipient and sender. */
export interface GhasedakBulkSms {
  /** No commas: Ghasedak splits this list on commas. */
  message: string;
  receptor: string;
  /** Default: the `lineNumber` setting. */
  lineNumber?: string;
  /** Give every message of a request a send date, or none. */
  sendDate?: Date;
  /** Give every message of a request a check id, or none. */
  checkId?: string;
}

/** `sms/send/pair`: one text from one line to many recipients. */
export interface GhasedakPairSms {
  message: string;
  /** At most 100 Iranian mobiles. */
  receptors: readonly string[];
  lineNumber?: string;
  sendDate?: Date;
  /** One per receptor, in the same order. */
  checkIds?: readonly string[];
}

/** `sms/status`: by message ids (`type=1`) or by your check ids (`type=2`), at most 100. */
export type GhasedakStatusQuery = { messageIds: readonly string[] } | { checkIds: readonly string[] };

/** One item of `sms/status`. */
export interface GhasedakMessageStatus {
  messageId: string;
  /**
   * Ghasedak's status: 0 handed to the operator, 1 delivered, 2 failed, 8 reached the operator network,
   * 16 did not reach it, 27 recipient blacklisted, -1 wrong id.
   */
  status: number | undefined;
  message?: string;
  /** Price in Rials. */
  price?: number;
  sender?: string;
  /** As Ghasedak wrote it (`09…`). */
  receptor?: string;
  sendDate?: Date;
  raw: unknown;
}

export interface GhasedakCancelResponse {
  /** The ids Ghasedak reports as canceled. */
  messageIds: string[];
  raw: unknown;
}

/** `sms/receive/last`: the last 100 messages received on a line. */
export interface GhasedakReceiveLastQuery {
  /** Your receiving line. Default: the `lineNumber` setting. */
  lineNumber?: string;
  /** `true` lists messages already read, `false` (default) unread ones (`isread`). */
  read?: boolean;
}

/** `sms/receive/paging`: received messages in a time range, page by page. */
export interface GhasedakReceivePagingQuery extends GhasedakReceiveLastQuery {
  fromDate: Date;
  toDate: Date;
  /** Zero-based page. Default 0. */
  page?: number;
  /** Messages per page, at most 200 (wire name `offset`). Default 200. */
  pageSize?: number;
}

export interface GhasedakReceivedMessage {
  messageId: string;
  message: string;
  /** The sender as Ghasedak wrote it (`09…`). */
  sender: string;
  /** Your line that received it. */
  lineNumber?: string;
  /** `receivedate` read as Tehran time when it has no zone. */
  receivedAt?: Date;
  raw: unknown;
}

export interface GhasedakReceivedPage {
  messages: GhasedakReceivedMessage[];
  /** `totalcount`, when Ghasedak sends it. */
  totalCount?: number;
  raw: unknown;
}

/** `provider.native.sms`: the SMS endpoints of Ghasedak v2. */
export interface GhasedakSmsApi {
  sendSimple(sms: GhasedakSimpleSms, options?: CallOptions): Promise<GhasedakSendResponse>;
  /** At most 100 messages, none with a comma in its text. */
  sendBulk(messages: readonly GhasedakBulkSms[], options?: CallOptions): Promise<GhasedakSendResponse>;
  sendPair(sms: GhasedakPairSms, options?: CallOptions): Promise<GhasedakSendResponse>;
  status(query: GhasedakStatusQuery, options?: CallOptions): Promise<GhasedakMessageStatus[]>;
  /** Cancels scheduled messages (at most 100 ids). */
  cancel(messageIds: readonly string[], options?: CallOptions): Promise<GhasedakCancelResponse>;
  receiveLast(query: GhasedakReceiveLastQuery, options?: CallOptions): Promise<GhasedakReceivedMessage[]>;
  receivePaging(query: GhasedakReceivePagingQuery, options?: CallOptions): Promise<GhasedakReceivedPage>;
}
