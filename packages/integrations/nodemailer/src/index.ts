export { smsTransport } from './transport/sms-transport';
export type {
  SmsSendCallback,
  SmsSentMessageInfo,
  SmsTransport,
  SmsTransportSettings,
  SmsTransportTarget,
  SmsVerifyCallback,
} from './transport/sms-transport-types';
export type { MailAddressInput, MailAddressLike, MailDataLike, MailMessageLike } from './transport/mail-message-like';
