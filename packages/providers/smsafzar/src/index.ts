export { createSmsAfzar } from './create-sms-afzar';
export { SMS_AFZAR_CANCEL_WINDOW_MS, SMS_AFZAR_CAPABILITIES } from './sms-afzar-provider';
export type { SmsAfzarProvider } from './sms-afzar-provider';
export { SMS_AFZAR_DEFAULT_BULK_SIZE } from './sms-afzar-settings';
export type { SmsAfzarSettings } from './sms-afzar-settings';
export { SMS_AFZAR_ERROR_TABLE } from './sms-afzar-errors';
export type { SmsAfzarErrorTableEntry } from './sms-afzar-errors';
export { SMS_AFZAR_MESSAGE_STATUS_MAP } from './unified/create-status-mapper';
export { SMS_AFZAR_MAX_PARAMETER_LENGTH } from './native/create-messages-api';
export type { SmsAfzarNativeApi } from './native/native-api-types';
export type {
  SmsAfzarBulkAnswer,
  SmsAfzarBulkBody,
  SmsAfzarBulkInput,
  SmsAfzarCanceledMessage,
  SmsAfzarCancelAnswer,
  SmsAfzarMessagesApi,
  SmsAfzarMessageStatus,
  SmsAfzarReceivedAnswer,
  SmsAfzarReceivedMessage,
  SmsAfzarSendAnswer,
  SmsAfzarSendBody,
  SmsAfzarSendInput,
  SmsAfzarSentMessage,
  SmsAfzarStatusAnswer,
  SmsAfzarTemplateBody,
  SmsAfzarTemplateInput,
  SmsAfzarTemplateParameter,
} from './native/messages-api-types';
export type { SmsAfzarAccountApi, SmsAfzarBalanceAnswer } from './native/account-api-types';
export type { SmsAfzarAuthApi, SmsAfzarToken } from './native/auth-api-types';
