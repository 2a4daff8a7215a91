export { createSmsPartner } from './create-sms-partner';
export {
  SMS_PARTNER_CANCEL_WINDOW_MS,
  SMS_PARTNER_CAPABILITIES,
  SMS_PARTNER_MAX_NUMBERS_PER_REQUEST,
} from './sms-partner-provider';
export type { SmsPartnerProvider } from './sms-partner-provider';
export { SMS_PARTNER_API_KEY_VARIABLE } from './sms-partner-settings';
export type {
  SmsPartnerGamme,
  SmsPartnerMessageOptions,
  SmsPartnerRounding,
  SmsPartnerSettings,
} from './sms-partner-settings';
export { SMS_PARTNER_ERROR_TABLE } from './sms-partner-errors';
export type { SmsPartnerErrorMeaning, SmsPartnerErrorTable, SmsPartnerOperation } from './sms-partner-errors';
export { toSmsPartnerSchedule, SMS_PARTNER_SCHEDULE_STEP_MS } from './native/to-sms-partner-schedule';
export type { SmsPartnerSchedule, SmsPartnerScheduleOptions } from './native/to-sms-partner-schedule';
export { mapSmsPartnerStatus } from './unified/map-sms-partner-status';
export type { SmsPartnerEnvelope, SmsPartnerId } from './native/sms-partner-envelope';
export type { SmsPartnerNativeApi } from './native/native-api-types';
export type {
  SmsPartnerBulkItem,
  SmsPartnerBulkSendAnswer,
  SmsPartnerBulkSendItemAnswer,
  SmsPartnerBulkSendRequest,
  SmsPartnerCancelAnswer,
  SmsPartnerSendAnswer,
  SmsPartnerSendApi,
  SmsPartnerSendFields,
  SmsPartnerSendRequest,
} from './native/send-api-types';
export type {
  SmsPartnerBulkStatusAnswer,
  SmsPartnerBulkStatusByTagAnswer,
  SmsPartnerMessageStatusAnswer,
  SmsPartnerMessageStatusQuery,
  SmsPartnerMultiStatusAnswer,
  SmsPartnerStatusApi,
  SmsPartnerStatusItem,
} from './native/status-api-types';
export type { SmsPartnerAccountApi, SmsPartnerMeAnswer } from './native/account-api-types';
export type {
  SmsPartnerStopAddAnswer,
  SmsPartnerStopEntry,
  SmsPartnerStopListAnswer,
  SmsPartnerStopListApi,
  SmsPartnerStopRemoveAnswer,
} from './native/stop-list-api-types';
export type { SmsPartnerLookupAnswer, SmsPartnerLookupApi, SmsPartnerLookupItem } from './native/lookup-api-types';
