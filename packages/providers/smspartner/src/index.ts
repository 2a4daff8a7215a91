export { createSmsPartner, SMS_PARTNER_API_KEY_VARIABLE } from './create-sms-partner';
export type { SmsPartnerProvider } from './sms-partner-provider';
export type { SmsPartnerGamme, SmsPartnerMessageOptions, SmsPartnerRounding, SmsPartnerSettings } from './sms-partner-settings';
export { toSmsPartnerSchedule, SCHEDULE_STEP_MS } from './scheduling/to-sms-partner-schedule';
export type { SmsPartnerSchedule, SmsPartnerScheduleOptions } from './scheduling/to-sms-partner-schedule';
export { mapSmsPartnerStatus } from './status/map-sms-partner-status';
export { MAX_NUMBERS_PER_REQUEST } from './native/create-native-api';
export { CANCEL_WINDOW_MS } from './provider/cancel-messages';
export type {
  SmsPartnerBulkItem,
  SmsPartnerBulkSendAnswer,
  SmsPartnerBulkSendItemAnswer,
  SmsPartnerBulkSendRequest,
  SmsPartnerBulkStatusAnswer,
  SmsPartnerBulkStatusByTagAnswer,
  SmsPartnerCancelAnswer,
  SmsPartnerEnvelope,
  SmsPartnerId,
  SmsPartnerLookupAnswer,
  SmsPartnerLookupItem,
  SmsPartnerMeAnswer,
  SmsPartnerMessageStatusAnswer,
  SmsPartnerMessageStatusQuery,
  SmsPartnerMultiStatusAnswer,
  SmsPartnerNativeApi,
  SmsPartnerSendAnswer,
  SmsPartnerSendFields,
  SmsPartnerSendRequest,
  SmsPartnerStatusItem,
  SmsPartnerStopAddAnswer,
  SmsPartnerStopEntry,
  SmsPartnerStopListAnswer,
  SmsPartnerStopListApi,
  SmsPartnerStopRemoveAnswer,
} from './native/native-types';
