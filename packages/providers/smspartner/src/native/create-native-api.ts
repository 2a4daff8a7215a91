import type { WebhookEvent, WebhookRequest } from '@sms/core';
import type { SmsPartnerTransport } from '../sms-partner-transport';
import type { SendDefaults } from './build-send-fields';
import { createAccountApi } from './create-account-api';
import { createLookupApi } from './create-lookup-api';
import { createSendApi } from './create-send-api';
import { createStatusApi } from './create-status-api';
import { createStopListApi } from './create-stop-list-api';
import type { SmsPartnerNativeApi } from './sms-partner-native-api';

/** What every endpoint group shares: the provider id, the transport and the send defaults of the settings. */
export interface NativeApiContext {
  id: string;
  transport: SmsPartnerTransport;
  defaults: SendDefaults;
  parseWebhook: (request: WebhookRequest) => Promise<WebhookEvent[]>;
}

/** SMS Partner's v1 API over one transport: `apiKey` in POST bodies and GET queries, JSON answers only. */
export function createNativeApi(context: NativeApiContext): SmsPartnerNativeApi {
  return {
    ...createSendApi(context),
    ...createStatusApi(context),
    ...createAccountApi(context),
    stopList: createStopListApi(context),
    ...createLookupApi(context),
    parseWebhook: (request) => context.parseWebhook(request),
  };
}
