import type { CallOptions } from '@sms/core';

/** A template parameter as SMSAfzar takes it; `value` is at most 100 characters. */
export interface SmsAfzarTemplateParameter {
  name: string;
  value: string;
}

/** The JSON body of `POST messages/send`. */
export interface SmsAfzarSendBody {
  senderNumber: string;
  recipientNumber: string;
  content: string;
  /** Unix seconds; schedules the message. */
  sendTimestamp?: number;
}

/** The JSON body of `POST messages/send/bulk`. A one-element array is used for every recipient. */
export interface SmsAfzarBulkBody {
  senderNumbers: string[];
  recipientNumbers: string[];
  contents: string[];
  sendTimestamp?: number;
}

/** The JSON body of `POST messages/send/template`. */
export interface SmsAfzarTemplateBody {
  senderNumber?: string;
  recipientNumber: string;
  templateId: string;
  parameters: SmsAfzarTemplateParameter[];
  sendTimestamp?: number;
}

/** Input of `native.messages.send`: one text to one recipient. */
export interface SmsAfzarSendInput {
  /** Any Iranian mobile notation (`09…`, `9…`, `+989…`, `00989…`, `989…`); sent as `09xxxxxxxxx`. */
  recipientNumber: string;
  content: string;
  /** Sender line, sent as given; default the `senderNumber` setting. */
  senderNumber?: string;
  /** Schedule the message (sent as `sendTimestamp`, Unix seconds). Must be in the future. */
  sendAt?: Date;
}

/** Input of `native.messages.sendBulk`: each list has one element (used for every recipient) or one per recipient. */
export interface SmsAfzarBulkInput {
  recipientNumbers: readonly string[];
  contents: readonly string[];
  /** Default: the `senderNumber` setting for every message. */
  senderNumbers?: readonly string[];
  sendAt?: Date;
}

/** Input of `native.messages.sendTemplate`: one recipient per request, as SMSAfzar's endpoint takes it. */
export interface SmsAfzarTemplateInput {
  recipientNumber: string;
  templateId: string;
  /** `{ code: '123456' }` or `[{ name: 'code', value: '123456' }]`; each value at most 100 characters. */
  parameters?: Readonly<Record<string, string>> | readonly SmsAfzarTemplateParameter[];
  /** Default the `senderNumber` setting; left out when neither is set (templates may carry their own sender). */
  senderNumber?: string;
  sendAt?: Date;
}

/** One message of a send answer. `parts` and `cost` are numbers here (SMSAfzar sends `"1"` and `"1,800"`). */
export interface SmsAfzarSentMessage {
  sentMessageId?: string;
  senderNumber?: string;
  /** As SMSAfzar echoes it, national form (`09100000000`). */
  recipientNumber?: string;
  content?: string;
  language?: string;
  operator?: string;
  parts?: number;
  /** In Rials. */
  cost?: number;
  /** Only `1` (accepted) is documented. */
  messageStatus?: number;
  raw: unknown;
}

/** The answer of `messages/send` and `messages/send/template`. */
export interface SmsAfzarSendAnswer {
  batchId?: string;
  message?: SmsAfzarSentMessage;
  raw: unknown;
}

/** The answer of `messages/send/bulk`: the messages in request order. */
export interface SmsAfzarBulkAnswer {
  batchId?: string;
  messages: SmsAfzarSentMessage[];
  raw: unknown;
}

/** One message removed by `DELETE messages/send/scheduled/{batchId}`. */
export interface SmsAfzarCanceledMessage {
  sentMessageId?: string;
  senderNumber?: string;
  recipientNumber?: string;
  content?: string;
  raw: unknown;
}

export interface SmsAfzarCancelAnswer {
  batchId?: string;
  messages: SmsAfzarCanceledMessage[];
  raw: unknown;
}

/** One entry of a `messages/status` answer. Ids SMSAfzar does not know are absent from the answer. */
export interface SmsAfzarMessageStatus {
  sentMessageId?: string;
  recipientNumber?: string;
  messageStatus?: number;
  statusDate?: Date;
  raw: unknown;
}

export interface SmsAfzarStatusAnswer {
  messages: SmsAfzarMessageStatus[];
  raw: unknown;
}

export interface SmsAfzarReceivedMessage {
  receivedMessageId?: string;
  /** Who sent it, as SMSAfzar gives it. */
  senderNumber?: string;
  /** Your line that received it. */
  recipientNumber?: string;
  content?: string;
  receivedAt?: Date;
  raw: unknown;
}

export interface SmsAfzarReceivedAnswer {
  messages: SmsAfzarReceivedMessage[];
  raw: unknown;
}

/** SMSAfzar's `messages/*` endpoints, one method per endpoint. */
export interface SmsAfzarMessagesApi {
  /** `POST messages/send`. */
  send(input: SmsAfzarSendInput, options?: CallOptions): Promise<SmsAfzarSendAnswer>;
  /** `POST messages/send/bulk`, one request (no splitting: the unified `send` splits long lists). */
  sendBulk(input: SmsAfzarBulkInput, options?: CallOptions): Promise<SmsAfzarBulkAnswer>;
  /** `POST messages/send/template`. */
  sendTemplate(input: SmsAfzarTemplateInput, options?: CallOptions): Promise<SmsAfzarSendAnswer>;
  /** `DELETE messages/send/scheduled/{batchId}`; possible until 30 seconds before the send time. */
  cancelScheduled(batchId: string, options?: CallOptions): Promise<SmsAfzarCancelAnswer>;
  /** `POST messages/status` with `sentMessageIdes`, at most 100 ids. */
  status(sentMessageIds: readonly string[], options?: CallOptions): Promise<SmsAfzarStatusAnswer>;
  /** `GET messages/received/recent?count=N`, `count` from 1 to 100 (default 100). */
  receivedRecent(count?: number, options?: CallOptions): Promise<SmsAfzarReceivedAnswer>;
}
