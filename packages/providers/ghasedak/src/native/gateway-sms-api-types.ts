import type { CallOptions } from '@sms/core';

/** Fields every gateway send method takes besides its recipients. */
interface GatewaySendOptions {
  /** Schedule the send; written as ISO 8601 in Tehran time with its offset. Absent: send now. */
  sendDate?: Date;
  /** `true` sends the text as 16-bit, `false` as 8-bit; only for lines starting 9000. */
  udh?: boolean;
}

/** `SendSingleSMS`: one text to one recipient. */
export interface GhasedakGatewaySingleSms extends GatewaySendOptions {
  message: string;
  /** One Iranian mobile, any notation (`09…`, `+989…`, Persian digits); sent as `09…`. */
  receptor: string;
  /** Your sender line. Default: the `lineNumber` setting; without either, the server picks your line. */
  lineNumber?: string;
  /** Your own id for this message, usable with `status({ clientReferenceIds })`. No commas. */
  clientReferenceId?: string;
}

/** `SendBulkSMS`: one text from one line to many recipients. */
export interface GhasedakGatewayBulkSms extends GatewaySendOptions {
  message: string;
  receptors: readonly string[];
  lineNumber?: string;
  /** One id for the whole request: the gateway has no per-recipient id here. */
  clientReferenceId?: string;
  /** Send as a text-to-speech call. */
  isVoice?: boolean;
}

/** One item of `SendPairToPairSMS`: its own text, sender, recipient, time and id. */
export interface GhasedakGatewayPairItem {
  message: string;
  receptor: string;
  /** Required by the gateway per item. Default: the `lineNumber` setting. */
  lineNumber?: string;
  clientReferenceId?: string;
  sendDate?: Date;
}

/** `SendPairToPairSMS`. */
export interface GhasedakGatewayPairToPairSms {
  items: readonly GhasedakGatewayPairItem[];
  /** Applies to every item. */
  udh?: boolean;
}

/** A recipient of an OTP send, with its own id. */
export interface GhasedakGatewayOtpReceptor {
  mobile: string;
  clientReferenceId?: string;
}

/** `SendOtpSMS`: a new-style template with named inputs (`%Code%` → `{ param: 'Code', value }`). */
export interface GhasedakGatewayOtp extends GatewaySendOptions {
  receptors: readonly GhasedakGatewayOtpReceptor[];
  templateName: string;
  inputs: readonly { param: string; value: string }[];
  /** Ask for a voice call; whether the server honours it on this method is not documented. */
  isVoice?: boolean;
}

/** `SendOtpWithParams`: an old-style template with positional `param1` … `param10`. */
export interface GhasedakGatewayOtpWithParams extends GatewaySendOptions {
  receptors: readonly GhasedakGatewayOtpReceptor[];
  templateName: string;
  /** `param1` … `param10` in order: 1 to 10 values. */
  params: readonly string[];
  isVoice?: boolean;
}

/** One sent message as the gateway reports it. */
export interface GhasedakGatewaySentMessage {
  receptor: string;
  /** Digits in a string (e.g. `"23304988"`). */
  messageId: string;
  /** Price in Rials, when given. */
  cost?: number;
  lineNumber?: string;
  clientReferenceId?: string;
  message?: string;
  sendDate?: Date;
  raw: unknown;
}

/** `SendSingleSMS` answer. */
export interface GhasedakGatewaySingleResponse extends GhasedakGatewaySentMessage {
  raw: unknown;
}

/** `SendBulkSMS` answer: one entry per recipient, matched by `receptor` (never by position). */
export interface GhasedakGatewayBulkResponse {
  receptors: { receptor: string; messageId: string }[];
  /** Price in Rials; whether it is the total or per message is not documented. */
  cost?: number;
  lineNumber?: string;
  clientReferenceId?: string;
  message?: string;
  sendDate?: Date;
  raw: unknown;
}

/** `SendPairToPairSMS` answer. */
export interface GhasedakGatewayPairToPairResponse {
  items: GhasedakGatewaySentMessage[];
  raw: unknown;
}

/** `SendOtpSMS` and `SendOtpWithParams` answer: items in any order, match them by id or receptor. */
export interface GhasedakGatewayOtpResponse {
  items: (GhasedakGatewaySentMessage & { messageBody?: string })[];
  totalCost?: number;
  raw: unknown;
}

/** `CheckSmsStatus`: by message ids (`Type=1`) or by your client reference ids (`Type=2`), at most 100. */
export type GhasedakGatewayStatusQuery = { messageIds: readonly string[] } | { clientReferenceIds: readonly string[] };

/** One row of `CheckSmsStatus`. */
export interface GhasedakGatewayMessageStatus {
  messageId: string;
  /**
   * 0 no status yet, 1 cancelled, 2 blacklisted, 3 handed to the operator, 4 not delivered, 5 delivered,
   * 6 sending failed, 7 debug mode, 8 unknown (not v2's table).
   */
  status: number | undefined;
  clientReferenceId?: string;
  message?: string;
  lineNumber?: string;
  receptor?: string;
  /** Price in Rials. */
  price?: number;
  /** Read as Tehran time when it has no offset. */
  sendDate?: Date;
  raw: unknown;
}

/** `provider.native.sms` of the gateway. */
export interface GhasedakGatewaySmsApi {
  sendSingle(sms: GhasedakGatewaySingleSms, options?: CallOptions): Promise<GhasedakGatewaySingleResponse>;
  sendBulk(sms: GhasedakGatewayBulkSms, options?: CallOptions): Promise<GhasedakGatewayBulkResponse>;
  sendPairToPair(sms: GhasedakGatewayPairToPairSms, options?: CallOptions): Promise<GhasedakGatewayPairToPairResponse>;
  sendOtp(otp: GhasedakGatewayOtp, options?: CallOptions): Promise<GhasedakGatewayOtpResponse>;
  sendOtpWithParams(otp: GhasedakGatewayOtpWithParams, options?: CallOptions): Promise<GhasedakGatewayOtpResponse>;
  status(query: GhasedakGatewayStatusQuery, options?: CallOptions): Promise<GhasedakGatewayMessageStatus[]>;
}
