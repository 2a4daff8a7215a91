export { createGhasedak } from './create-ghasedak';
export type { GhasedakSettings } from './ghasedak-settings';
export { GHASEDAK_CAPABILITIES } from './ghasedak-provider';
export type { GhasedakProvider } from './ghasedak-provider';
export type { GhasedakNativeApi } from './native/native-api-types';
export { GHASEDAK_ERROR_TABLE } from './ghasedak-errors';
export type { GhasedakErrorTableEntry } from './ghasedak-errors';
export type {
  GhasedakBulkSms,
  GhasedakCancelResponse,
  GhasedakMessageStatus,
  GhasedakPairSms,
  GhasedakReceivedMessage,
  GhasedakReceivedPage,
  GhasedakReceiveLastQuery,
  GhasedakReceivePagingQuery,
  GhasedakSendResponse,
  GhasedakSimpleSms,
  GhasedakSmsApi,
  GhasedakStatusQuery,
} from './native/sms-api-types';
export type { GhasedakVerification, GhasedakVerificationApi } from './native/verification-api-types';
export type {
  GhasedakVoiceApi,
  GhasedakVoiceCall,
  GhasedakVoiceMessage,
  GhasedakVoiceResponse,
} from './native/voice-api-types';
export type { GhasedakAccountApi, GhasedakAccountInfo } from './native/account-api-types';
export type {
  GhasedakContact,
  GhasedakContactGroup,
  GhasedakContactInput,
  GhasedakContactListQuery,
  GhasedakContactsApi,
  GhasedakId,
  GhasedakNewGroup,
} from './native/contacts-api-types';
