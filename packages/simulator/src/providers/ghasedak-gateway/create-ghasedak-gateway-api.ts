import type { SimulatorContext } from '../../context/simulator-context';
import { AnswerError } from '../../server/answer-error';
import type { ProviderApi } from '../../server/provider-api';
import { handleAccountInformation } from './account-handler';
import {
  gatewayFailureResponse,
  gatewayMethodNotAllowed,
  gatewayNotFound,
  gatewayRateLimited,
  gatewayServerError,
  gatewayTooLarge,
} from './gateway-envelope';
import { GATEWAY_ERROR, GatewayFailure } from './gateway-failure';
import type { GatewayHandler } from './gateway-handler';
import { handleSendOtp, handleSendOtpWithParams } from './otp-handlers';
import { handleReceivedLatest, handleReceivedPaging } from './received-handlers';
import { handleSendBulk, handleSendPairToPair, handleSendSingle } from './send-handlers';
import { handleCheckStatus } from './status-handler';
import { handleTemplateParameters } from './template-parameters-handler';

/** The path of every method under the gateway host; the simulator's base URL for the gateway ends with it. */
export const GATEWAY_BASE_PATH = 'rest/api/v1/WebService';

// The ten methods of the official SDKs, by lower-case name: the server matches paths without regard to case.
const ROUTES: Record<string, { method: 'GET' | 'POST'; handler: GatewayHandler }> = {
  sendsinglesms: { method: 'POST', handler: handleSendSingle },
  sendbulksms: { method: 'POST', handler: handleSendBulk },
  sendpairtopairsms: { method: 'POST', handler: handleSendPairToPair },
  sendotpsms: { method: 'POST', handler: handleSendOtp },
  sendotpwithparams: { method: 'POST', handler: handleSendOtpWithParams },
  checksmsstatus: { method: 'GET', handler: handleCheckStatus },
  getaccountinformation: { method: 'GET', handler: handleAccountInformation },
  getreceivedsmses: { method: 'GET', handler: handleReceivedLatest },
  getreceivedsmsespaging: { method: 'GET', handler: handleReceivedPaging },
  getotptemplateparameters: { method: 'GET', handler: handleTemplateParameters },
};

/**
 * Ghasedak's gateway (`https://gateway.ghasedak.me/rest/api/v1/WebService/`): JSON bodies, the `ApiKey` header,
 * `{ isSuccess, statusCode, message, data }` answers. It serves the same account as v2: keys, lines, balance,
 * message ids, messages and inbound messages are shared.
 */
export function createGhasedakGatewayApi(context: SimulatorContext): ProviderApi {
  const { ghasedakGateway: settings } = context.settings;
  return {
    basePath: GATEWAY_BASE_PATH,
    handle(request) {
      const route = request.outsideBasePath ? undefined : ROUTES[request.path.toLowerCase()];
      if (!route) return gatewayNotFound(request.path);
      if (request.method !== route.method) return gatewayMethodNotAllowed(request.method, route.method);
      try {
        const header = request.headers.apikey;
        const key = (Array.isArray(header) ? header[0] : header)?.trim();
        if (key === undefined || key === '')
          throw new GatewayFailure(GATEWAY_ERROR.notAuthorized, 'NotAuthorized: the ApiKey header is required');
        if (!context.settings.apiKeys.ghasedak.includes(key))
          throw new GatewayFailure(GATEWAY_ERROR.notAuthorized, 'NotAuthorized: the ApiKey is not valid');
        return route.handler({ context, request });
      } catch (error) {
        if (error instanceof GatewayFailure) throw new AnswerError(gatewayFailureResponse(error, settings));
        throw error;
      }
    },
    faultResponse: (kind) => (kind === 'rate-limited' ? gatewayRateLimited() : gatewayServerError()),
    tooLarge: gatewayTooLarge,
    reset: () => undefined,
  };
}
