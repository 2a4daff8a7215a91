import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderApi } from '../../server/provider-api';
import { handleAuthToken } from './auth-token-handler';
import { authenticateSmsafzar } from './authenticate-smsafzar';
import { handleBalance } from './balance-handler';
import { handleCancelScheduled } from './cancel-scheduled-handler';
import { handleReceivedRecent } from './received-recent-handler';
import { handleSend, handleSendBulk } from './send-handlers';
import {
  SMSAFZAR_MESSAGES,
  smsafzarError,
  smsafzarMethodNotAllowed,
  smsafzarNotFound,
  smsafzarRateLimited,
  smsafzarServerError,
  smsafzarTooLarge,
} from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { handleStatus } from './status-handler';
import { createTokenIssuer } from './smsafzar-tokens';
import { handleSendTemplate } from './template-handler';

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  handler: SmsafzarHandler;
  authenticated: boolean;
}

// Method names as the docs write them; the cancel method's name carries its `{batchId}`.
const ROUTES: Record<string, Route> = {
  'auth/token': { method: 'POST', handler: handleAuthToken, authenticated: false },
  'messages/send': { method: 'POST', handler: handleSend, authenticated: true },
  'messages/send/bulk': { method: 'POST', handler: handleSendBulk, authenticated: true },
  'messages/send/template': { method: 'POST', handler: handleSendTemplate, authenticated: true },
  'messages/send/scheduled/{batchId}': { method: 'DELETE', handler: handleCancelScheduled, authenticated: true },
  'messages/status': { method: 'POST', handler: handleStatus, authenticated: true },
  'messages/received/recent': { method: 'GET', handler: handleReceivedRecent, authenticated: true },
  'account/balance': { method: 'GET', handler: handleBalance, authenticated: true },
};

function findRoute(path: string): { name: string; route: Route; pathParameter?: string } | undefined {
  const scheduled = /^messages\/send\/scheduled\/([^/]+)$/i.exec(path);
  if (scheduled?.[1]) {
    const name = 'messages/send/scheduled/{batchId}';
    const route = ROUTES[name];
    return route ? { name, route, pathParameter: decodeURIComponent(scheduled[1]) } : undefined;
  }
  const name = path.toLowerCase();
  const route = ROUTES[name];
  return route ? { name, route } : undefined;
}

const withoutIpv4Prefix = (address: string): string => address.replace(/^::ffff:/, '');

/** SMSAfzar (`https://api.smsafzar.ir`): JSON bodies, API key or JWT, HTTP status plus `{ errorCode, errorMessage }`. */
export function createSmsafzarApi(context: SimulatorContext): ProviderApi {
  const tokens = createTokenIssuer(context.controller.nowMs, context.settings.tokenLifetimeMs);
  return {
    handle(request) {
      const found = findRoute(request.path);
      if (!found) return smsafzarNotFound();
      if (request.method !== found.route.method) return smsafzarMethodNotAllowed(found.route.method);
      const { allowedIps, deniedMethods } = context.settings.smsafzarAccess;
      if (found.route.authenticated) authenticateSmsafzar(request, context, tokens);
      if (allowedIps && !allowedIps.map(withoutIpv4Prefix).includes(withoutIpv4Prefix(request.remoteAddress))) {
        throw smsafzarError(403, 1006, SMSAFZAR_MESSAGES.ipDenied);
      }
      const methodName = found.name.replace('/{batchId}', '');
      if (found.route.authenticated && (deniedMethods.includes(methodName) || deniedMethods.includes(found.name))) {
        throw smsafzarError(403, 1005, SMSAFZAR_MESSAGES.methodDenied);
      }
      return found.route.handler({
        context,
        request,
        tokens,
        ...(found.pathParameter !== undefined ? { pathParameter: found.pathParameter } : {}),
      });
    },
    faultResponse: (kind) => (kind === 'rate-limited' ? smsafzarRateLimited() : smsafzarServerError()),
    tooLarge: smsafzarTooLarge,
    reset: () => undefined,
  };
}
