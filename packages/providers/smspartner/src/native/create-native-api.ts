import { createAccountApi } from './create-account-api';
import { createLookupApi } from './create-lookup-api';
import { createSendApi } from './create-send-api';
import { createStatusApi } from './create-status-api';
import { createStopListApi } from './create-stop-list-api';
import type { SmsPartnerNativeApi } from './native-api-types';
import type { SmsPartnerContext } from './sms-partner-context';

/** SMS Partner's v1 API over one transport: `apiKey` in POST bodies and GET queries, JSON answers only. */
export function createNativeApi(context: SmsPartnerContext): SmsPartnerNativeApi {
  return {
    ...createSendApi(context),
    ...createStatusApi(context),
    ...createAccountApi(context),
    stopList: createStopListApi(context),
    ...createLookupApi(context),
    parseWebhook: (request) => context.parseWebhook(request),
  };
}
