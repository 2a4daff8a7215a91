export { createSmsAfzar, DEFAULT_BULK_SIZE } from './create-sms-afzar';
export type { SmsAfzarProvider } from './create-sms-afzar';
export type { SmsAfzarSettings } from './settings/sms-afzar-settings';
export { DEFAULT_MESSAGE_STATUS_MAP } from './status/create-status-mapper';
export { CANCEL_WINDOW_MS } from './unified/cancel-scheduled';
export { MAX_PARAMETER_LENGTH } from './validation/to-template-parameters';
export type {
  SmsAfzarAccountApi,
  SmsAfzarAuthApi,
  SmsAfzarBalanceAnswer,
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
  SmsAfzarToken,
} from './native/native-types';
