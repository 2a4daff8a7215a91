import type { SimulatorContext } from '../../context/simulator-context';
import { jsonResponse } from '../../server/json-response';
import type { ProviderApi } from '../../server/provider-api';
import type { StoredMessage } from '../../store/stored-message';
import { handleCancel } from './cancel-handler';
import { handleLookup } from './lookup-handler';
import { handleMe } from './me-handler';
import { handleBulkSend, handleSend } from './send-handlers';
import {
  smspartnerFailure,
  smspartnerNotFound,
  smspartnerRateLimited,
  smspartnerServerError,
  smspartnerTooLarge,
} from './smspartner-envelope';
import type { SmspartnerHandler } from './smspartner-handler';
import { readSmspartnerParameters, textParameter } from './smspartner-parameters';
import { toInternational } from './smspartner-numbers';
import { deliveryReceiptPayload, isStopReply, replyPayload } from './smspartner-webhook-payloads';
import { handleBulkStatus, handleMessageStatus, handleMultiStatus } from './status-handlers';
import { handleStopAdd, handleStopDelete, handleStopList } from './stop-sms-handlers';
import { createStopList } from './stop-list';

const ROUTES: Record<string, { method: 'GET' | 'POST'; handler: SmspartnerHandler }> = {
  'v1/send': { method: 'POST', handler: handleSend },
  'v1/bulk-send': { method: 'POST', handler: handleBulkSend },
  'v1/message-cancel': { method: 'GET', handler: handleCancel },
  'v1/message-status': { method: 'GET', handler: handleMessageStatus },
  'v1/multi-status': { method: 'POST', handler: handleMultiStatus },
  'v1/bulk-status': { method: 'GET', handler: handleBulkStatus },
  'v1/me': { method: 'GET', handler: handleMe },
  'v1/stop-sms/list': { method: 'GET', handler: handleStopList },
  'v1/stop-sms/add': { method: 'POST', handler: handleStopAdd },
  'v1/stop-sms/delete': { method: 'GET', handler: handleStopDelete },
  'v1/lookup': { method: 'POST', handler: handleLookup },
};

const sameNumber = (left: string, right: string): boolean =>
  (toInternational(left) ?? left) === (toInternational(right) ?? right);

/**
 * SMS Partner (`https://api.smspartner.fr`): `apiKey` in the JSON body or the query, `{ success, code }`
 * answers, and webhooks: delivery receipts to `urlDlr`, replies and STOP to `urlResponse`.
 */
export function createSmspartnerApi(context: SimulatorContext): ProviderApi {
  const stopList = createStopList();

  context.store.onStatusChange((record) => {
    const { message } = record;
    if (message.provider !== 'smspartner' || !record.urlDlr || message.sandbox) return;
    if (message.status !== 'delivered' && message.status !== 'failed') return;
    const at = new Date(context.controller.nowMs());
    context.webhooks.post(record.urlDlr, deliveryReceiptPayload(record, at), at);
  });

  return {
    handle(request) {
      const route = ROUTES[request.path.toLowerCase()];
      if (!route) return smspartnerNotFound();
      if (request.method !== route.method) {
        return jsonResponse(
          405,
          { success: false, code: 405, message: 'Méthode non autorisée' },
          { Allow: route.method },
        );
      }
      const { values, format } = readSmspartnerParameters(request);
      const apiKey = textParameter(values.apiKey);
      if (apiKey === undefined) throw smspartnerFailure(1, format);
      if (!context.settings.apiKeys.smspartner.includes(apiKey)) throw smspartnerFailure(10, format);
      return route.handler({ context, values, format, stopList });
    },
    faultResponse: (kind) => (kind === 'rate-limited' ? smspartnerRateLimited() : smspartnerServerError()),
    tooLarge: smspartnerTooLarge,
    onInbound(message, inReplyTo) {
      const at = new Date(context.controller.nowMs());
      if (isStopReply(message.text)) stopList.add(toInternational(message.from) ?? message.from, at);
      const answered: StoredMessage | undefined =
        inReplyTo?.message.provider === 'smspartner'
          ? inReplyTo
          : context.store
              .all('smspartner')
              .reverse()
              .find((record) => record.urlResponse !== undefined && sameNumber(record.message.recipient, message.from));
      if (answered?.urlResponse) context.webhooks.post(answered.urlResponse, replyPayload(message, answered), at);
    },
    reset: () => stopList.reset(),
  };
}
