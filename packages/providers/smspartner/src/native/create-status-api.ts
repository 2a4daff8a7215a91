import { SMS_PARTNER_MAX_NUMBERS_PER_REQUEST } from '../sms-partner-provider';
import { assertNumberList, assertSmsPartnerId, invalidNativeInput } from './native-input-checks';
import type { SmsPartnerContext } from './sms-partner-context';
import type {
  SmsPartnerBulkStatusAnswer,
  SmsPartnerBulkStatusByTagAnswer,
  SmsPartnerMessageStatusAnswer,
  SmsPartnerMultiStatusAnswer,
  SmsPartnerStatusApi,
} from './status-api-types';

/** `v1/message-status`, `v1/multi-status`, `v1/bulk-status` and `v1/bulk-status-by-tag`. */
export function createStatusApi({ id, transport }: SmsPartnerContext): SmsPartnerStatusApi {
  return {
    async messageStatus(query, options) {
      const messageId = assertSmsPartnerId(query?.messageId, 'messageId', id);
      const [phoneNumber] = assertNumberList([query?.phoneNumber], 'phoneNumber', id);
      return transport.get<SmsPartnerMessageStatusAnswer>(
        'v1/message-status',
        'status',
        { messageId, phoneNumber },
        options,
      );
    },

    async multiStatus(list, options) {
      if (!Array.isArray(list) || list.length === 0)
        throw invalidNativeInput(id, 'multiStatus needs at least one { phoneNumber, messageId }');
      if (list.length > SMS_PARTNER_MAX_NUMBERS_PER_REQUEST) {
        throw invalidNativeInput(
          id,
          `multiStatus takes at most ${SMS_PARTNER_MAX_NUMBERS_PER_REQUEST} entries per request, got ${list.length}`,
        );
      }
      const entries = list.map((entry) => ({
        phoneNumber: assertNumberList([entry?.phoneNumber], 'phoneNumber', id)[0],
        messageId: assertSmsPartnerId(entry?.messageId, 'messageId', id),
      }));
      // The parameter table says SMSStatus_List, but every code sample and the official Go SDK send SMSStatut_List.
      return transport.post<SmsPartnerMultiStatusAnswer>(
        'v1/multi-status',
        'status',
        { SMSStatut_List: entries },
        options,
      );
    },

    async bulkStatus(messageId, options) {
      return transport.get<SmsPartnerBulkStatusAnswer>(
        'v1/bulk-status',
        'status',
        { messageId: assertSmsPartnerId(messageId, 'messageId', id) },
        options,
      );
    },

    async bulkStatusByTag(tag, options) {
      if (typeof tag !== 'string' || tag.trim() === '')
        throw invalidNativeInput(id, 'bulkStatusByTag needs a non-empty tag');
      return transport.get<SmsPartnerBulkStatusByTagAnswer>('v1/bulk-status-by-tag', 'status', { tag }, options);
    },
  };
}
