import type { GhasedakGatewayAccountApi } from './gateway-account-api-types';
import type { GhasedakGatewayInboundApi } from './gateway-inbound-api-types';
import type { GhasedakGatewaySmsApi } from './gateway-sms-api-types';
import type { GhasedakGatewayTemplatesApi } from './gateway-templates-api-types';

/** Ghasedak's whole gateway API, typed: its 10 methods in four groups. No cancel, no contacts. */
export interface GhasedakGatewayNativeApi {
  /** `SendSingleSMS`, `SendBulkSMS`, `SendPairToPairSMS`, `SendOtpSMS`, `SendOtpWithParams`, `CheckSmsStatus`. */
  readonly sms: GhasedakGatewaySmsApi;
  /** `GetAccountInformation`. */
  readonly account: GhasedakGatewayAccountApi;
  /** `GetReceivedSmses`, `GetReceivedSmsesPaging`. */
  readonly inbound: GhasedakGatewayInboundApi;
  /** `GetOtpTemplateParameters`. */
  readonly templates: GhasedakGatewayTemplatesApi;
}
