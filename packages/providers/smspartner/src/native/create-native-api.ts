import { SmsError, type WebhookEvent, type WebhookRequest } from '@sms/core';
import { assertText } from '@sms/core/provider-utils';
import { buildSendFields, type SendDefaults } from './build-send-fields';
import type { SmsPartnerCalls } from './create-sms-partner-calls';
import type {
  SmsPartnerBulkSendAnswer,
  SmsPartnerBulkStatusAnswer,
  SmsPartnerBulkStatusByTagAnswer,
  SmsPartnerCancelAnswer,
  SmsPartnerId,
  SmsPartnerLookupAnswer,
  SmsPartnerMeAnswer,
  SmsPartnerMessageStatusAnswer,
  SmsPartnerMultiStatusAnswer,
  SmsPartnerNativeApi,
  SmsPartnerSendAnswer,
  SmsPartnerStopAddAnswer,
  SmsPartnerStopListAnswer,
  SmsPartnerStopRemoveAnswer,
} from './native-types';

/** SMS Partner's limit of numbers per send, bulk send, multi-status and lookup request (error 50). */
export const MAX_NUMBERS_PER_REQUEST = 500;

export interface NativeApiContext {
  id: string;
  calls: SmsPartnerCalls;
  defaults: SendDefaults;
  parseWebhook: (request: WebhookRequest) => Promise<WebhookEvent[]>;
}

function invalid(provider: string, problem: string): SmsError {
  return new SmsError(`${problem}. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

function assertId(value: unknown, name: string, provider: string): SmsPartnerId {
  if ((typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) || (typeof value === 'string' && value.trim() !== '')) return value;
  throw invalid(provider, `${name} must be an SMS Partner id (a number or a non-empty string), got ${JSON.stringify(value)}`);
}

function numberList(value: unknown, name: string, provider: string): string[] {
  const list = typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value;
  if (!Array.isArray(list) || list.length === 0) throw invalid(provider, `${name} must list at least one phone number`);
  if (list.length > MAX_NUMBERS_PER_REQUEST) {
    throw invalid(provider, `${name} lists ${list.length} numbers; SMS Partner takes at most ${MAX_NUMBERS_PER_REQUEST} per request (the unified send splits longer lists)`);
  }
  for (const item of list) {
    if (typeof item !== 'string' || item.trim() === '' || item.includes(',')) throw invalid(provider, `${name} has an empty or malformed number: ${JSON.stringify(item)}`);
  }
  return list as string[];
}

/** SMS Partner's v1 API over one HTTP client: `apiKey` in POST bodies and GET queries, JSON answers only. */
export function createNativeApi(context: NativeApiContext): SmsPartnerNativeApi {
  const { id, defaults } = context;
  const { get, post } = context.calls;

  return {
    async send(request, options) {
      assertText(request.message, id);
      const phoneNumbers = numberList(request.phoneNumbers, 'phoneNumbers', id);
      const fields = buildSendFields(request, defaults, [request.message], id);
      return post<SmsPartnerSendAnswer>('v1/send', 'send', { phoneNumbers: phoneNumbers.join(','), message: request.message, ...fields }, options);
    },

    async bulkSend(request, options) {
      const list = request.SMSList;
      if (!Array.isArray(list) || list.length === 0) throw invalid(id, 'SMSList must hold at least one { phoneNumber, message }');
      if (list.length > MAX_NUMBERS_PER_REQUEST) throw invalid(id, `SMSList holds ${list.length} messages; SMS Partner takes at most ${MAX_NUMBERS_PER_REQUEST} per request`);
      const items = list.map((item, index) => {
        if (typeof item?.phoneNumber !== 'string' || item.phoneNumber.trim() === '') throw invalid(id, `SMSList[${index}].phoneNumber is empty`);
        assertText(item.message, id);
        return { phoneNumber: item.phoneNumber, message: item.message };
      });
      const fields = buildSendFields(request, defaults, items.map((item) => item.message), id);
      return post<SmsPartnerBulkSendAnswer>('v1/bulk-send', 'send', { SMSList: items, ...fields }, options);
    },

    async cancel(messageId, options) {
      return get<SmsPartnerCancelAnswer>('v1/message-cancel', 'cancel', { messageId: assertId(messageId, 'messageId', id) }, options);
    },

    async messageStatus(query, options) {
      const messageId = assertId(query?.messageId, 'messageId', id);
      const [phoneNumber] = numberList([query?.phoneNumber], 'phoneNumber', id);
      return get<SmsPartnerMessageStatusAnswer>('v1/message-status', 'status', { messageId, phoneNumber }, options);
    },

    async multiStatus(list, options) {
      if (!Array.isArray(list) || list.length === 0) throw invalid(id, 'multiStatus needs at least one { phoneNumber, messageId }');
      if (list.length > MAX_NUMBERS_PER_REQUEST) throw invalid(id, `multiStatus takes at most ${MAX_NUMBERS_PER_REQUEST} entries per request, got ${list.length}`);
      const entries = list.map((entry) => ({
        phoneNumber: numberList([entry?.phoneNumber], 'phoneNumber', id)[0],
        messageId: assertId(entry?.messageId, 'messageId', id),
      }));
      // The parameter table says SMSStatus_List, but every code sample and the official Go SDK send SMSStatut_List.
      return post<SmsPartnerMultiStatusAnswer>('v1/multi-status', 'status', { SMSStatut_List: entries }, options);
    },

    async bulkStatus(messageId, options) {
      return get<SmsPartnerBulkStatusAnswer>('v1/bulk-status', 'status', { messageId: assertId(messageId, 'messageId', id) }, options);
    },

    async bulkStatusByTag(tag, options) {
      if (typeof tag !== 'string' || tag.trim() === '') throw invalid(id, 'bulkStatusByTag needs a non-empty tag');
      return get<SmsPartnerBulkStatusByTagAnswer>('v1/bulk-status-by-tag', 'status', { tag }, options);
    },

    async me(options) {
      return get<SmsPartnerMeAnswer>('v1/me', 'account', {}, options);
    },

    stopList: {
      async list(options) {
        return get<SmsPartnerStopListAnswer>('v1/stop-sms/list', 'stop-list', {}, options);
      },
      async add(phoneNumber, options) {
        const [number] = numberList([phoneNumber], 'phoneNumber', id);
        return post<SmsPartnerStopAddAnswer>('v1/stop-sms/add', 'stop-list', { phoneNumber: number }, options);
      },
      async remove(stopId, options) {
        return get<SmsPartnerStopRemoveAnswer>('v1/stop-sms/delete', 'stop-list', { id: assertId(stopId, 'stop id', id) }, options);
      },
    },

    async lookup(phoneNumbers, options) {
      const list = numberList(phoneNumbers, 'phoneNumbers', id);
      return post<SmsPartnerLookupAnswer>('v1/lookup', 'lookup', { phoneNumbers: list.join(',') }, options);
    },

    parseWebhook: (request) => context.parseWebhook(request),
  };
}
