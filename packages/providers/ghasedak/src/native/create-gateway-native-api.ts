import { createGatewayAccountApi } from './create-gateway-account-api';
import { createGatewayInboundApi } from './create-gateway-inbound-api';
import { createGatewaySmsApi } from './create-gateway-sms-api';
import { createGatewayTemplatesApi } from './create-gateway-templates-api';
import type { GhasedakGatewayContext } from './gateway-context';
import type { GhasedakGatewayNativeApi } from './gateway-native-api-types';

/** The object exposed as `provider.native` when `api: 'gateway'`. */
export function createGatewayNativeApi(context: GhasedakGatewayContext): GhasedakGatewayNativeApi {
  return {
    sms: createGatewaySmsApi(context),
    account: createGatewayAccountApi(context),
    inbound: createGatewayInboundApi(context),
    templates: createGatewayTemplatesApi(context),
  };
}
