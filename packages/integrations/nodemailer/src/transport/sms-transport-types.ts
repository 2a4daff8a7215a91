import type { CountryCode, SendResult, SmsClient, SmsError, SmsProvider } from '@sms/core';
import type { MailMessageLike } from './mail-message-like';

/** What the transport sends through: a client (routing, failover, hooks) or one provider. */
export type SmsTransportTarget = { client: SmsClient; provider?: never } | { provider: SmsProvider; client?: never };

export interface SmsTransportSettings {
  /** Country of numbers written in national notation (`0912…` → `IR`). Without it only international numbers are accepted. */
  defaultCountry?: CountryCode;
  /** Use `from` as the SMS sender when it is a phone number or a sender line. Default `true`. An email address in `from` is always ignored. */
  useFromAsSender?: boolean;
  /** The sender line or sender id used when `from` is not a phone number (or `useFromAsSender` is off). Default: the provider's own default sender. */
  sender?: string;
  /** Turn `html` into plain text when the message has no `text`. Default `false`: such a message is refused. */
  htmlToText?: boolean;
  /** Whether `close()` also closes the client or provider. Default `false`: you created it, you close it. */
  closeClient?: boolean;
}

/** What `sendMail` resolves with (and the callback receives). */
export interface SmsSentMessageInfo {
  /** The first provider message id, or a generated `<…@sms>` id when the provider returned none. */
  messageId: string;
  /** `from` is the sender used (`false` for the provider's default sender); `to` the numbers sent to, in E.164. */
  envelope: { from: string | false; to: string[] };
  /** The numbers the provider accepted, in E.164. */
  accepted: string[];
  /** The recipients that were not sent: the invalid ones as written, then any number the provider reported as failed. */
  rejected: string[];
  /** Why each entry of `rejected` was not sent, in the same order. */
  rejectedErrors: SmsError[];
  /** Always empty: an SMS provider answers for each number at once. Kept for Nodemailer compatibility. */
  pending: string[];
  /** A one-line summary, e.g. `250 ghasedak accepted 2 messages`. */
  response: string;
  /** The provider's result: one entry per number, ids, statuses, cost. */
  result: SendResult;
}

export type SmsSendCallback = (error: Error | null, info?: SmsSentMessageInfo) => void;
export type SmsVerifyCallback = (error: Error | null, success?: true) => void;

/** A Nodemailer transport: pass it to `nodemailer.createTransport`. */
export interface SmsTransport {
  readonly name: string;
  readonly version: string;
  /** Nodemailer 10+: `sendMail({ signal })` is honoured while the SMS is being sent. */
  readonly supportsAbortSignal: true;
  /** Called by Nodemailer for each `sendMail`. The callback runs exactly once, never synchronously. */
  send(mail: MailMessageLike, callback: SmsSendCallback): void;
  /** Checks the credentials with a balance call on each provider that has one; resolves `true`. */
  verify(): Promise<true>;
  verify(callback: SmsVerifyCallback): void;
  close(): void;
  /** Always `true`: the transport has no queue, every `sendMail` goes out at once. */
  isIdle(): boolean;
}
