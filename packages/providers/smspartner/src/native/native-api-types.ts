import type { WebhookEvent, WebhookRequest } from '@sms/core';
import type { SmsPartnerAccountApi } from './account-api-types';
import type { SmsPartnerLookupApi } from './lookup-api-types';
import type { SmsPartnerSendApi } from './send-api-types';
import type { SmsPartnerStatusApi } from './status-api-types';
import type { SmsPartnerStopListApi } from './stop-list-api-types';

/**
 * SMS Partner's own v1 API, typed and close to the wire. Every method adds `apiKey` and `_format=json`,
 * throws an `SmsError` for an answer with `success: false` (even under HTTP 200), and returns the answer
 * as parsed JSON otherwise.
 */
export interface SmsPartnerNativeApi
  extends SmsPartnerSendApi, SmsPartnerStatusApi, SmsPartnerAccountApi, SmsPartnerLookupApi {
  readonly stopList: SmsPartnerStopListApi;
  /** The same parser as the provider's `parseWebhook`. */
  parseWebhook(request: WebhookRequest): Promise<WebhookEvent[]>;
}
