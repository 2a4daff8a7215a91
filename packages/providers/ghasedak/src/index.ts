export { createGhasedak } from './create-ghasedak';
export type { GhasedakApi, GhasedakSettings } from './ghasedak-settings';
export { GHASEDAK_CAPABILITIES, GHASEDAK_GATEWAY_CAPABILITIES } from './ghasedak-provider';
export type { GhasedakAnyProvider, GhasedakGatewayProvider, GhasedakProvider } from './ghasedak-provider';
export type { GhasedakNativeApi } from './native/native-api-types';
export { GHASEDAK_ERROR_TABLE } from './ghasedak-errors';
export type { GhasedakErrorTableEntry } from './ghasedak-errors';
export { GHASEDAK_GATEWAY_ERROR_TABLE } from './ghasedak-gateway-errors';
export type { GhasedakGatewayErrorTableEntry } from './ghasedak-gateway-errors';
export type { GhasedakGatewayNativeApi } from './native/gateway-native-api-types';
export type {
  GhasedakGatewayBulkResponse,
  GhasedakGatewayBulkSms,
  GhasedakGatewayMessageStatus,
  GhasedakGatewayOtp,
  GhasedakGatewayOtpReceptor,
  GhasedakGatewayOtpResponse,
  GhasedakGatewayOtpWithParams,
  GhasedakGatewayPairItem,
  GhasedakGatewayPairToPairResponse,
  GhasedakGatewayPairToPairSms,
  GhasedakGatewaySentMessage,
  GhasedakGatewaySingleResponse,
  GhasedakGatewaySingleSms,
  GhasedakGatewaySmsApi,
  GhasedakGatewayStatusQuery,
} from './native/gateway-sms-api-types';
export type { GhasedakGatewayAccountApi, GhasedakGatewayAccountInformation } from './native/gateway-account-api-types';
export type {
  GhasedakGatewayInboundApi,
  GhasedakGatewayLatestQuery,
  GhasedakGatewayPagedQuery,
  GhasedakGatewayReceivedMessage,
  GhasedakGatewayReceivedPage,
} from './native/gateway-inbound-api-types';
export type {
  GhasedakGatewayTemplateParameters,
  GhasedakGatewayTemplatesApi,
} from './native/gateway-templates-api-types';
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
