import { assertText } from '@sms/core/provider-utils';
import { SMS_PARTNER_MAX_NUMBERS_PER_REQUEST } from '../sms-partner-provider';
import { buildSendFields } from './build-send-fields';
import { assertNumberList, assertSmsPartnerId, invalidNativeInput } from './native-input-checks';
import type {
  SmsPartnerBulkSendAnswer,
  SmsPartnerCancelAnswer,
  SmsPartnerSendAnswer,
  SmsPartnerSendApi,
} from './send-api-types';
import type { SmsPartnerContext } from './sms-partner-context';

/** `v1/send`, `v1/bulk-send` and `v1/message-cancel`. */
export function createSendApi({ id, transport, defaults }: SmsPartnerContext): SmsPartnerSendApi {
  return {
    async send(request, options) {
      assertText(request.message, id);
      const phoneNumbers = assertNumberList(request.phoneNumbers, 'phoneNumbers', id);
      const fields = buildSendFields(request, defaults, [request.message], id);
      return transport.post<SmsPartnerSendAnswer>(
        'v1/send',
        'send',
        { phoneNumbers: phoneNumbers.join(','), message: request.message, ...fields },
        options,
      );
    },

    async bulkSend(request, options) {
      const list = request.SMSList;
      if (!Array.isArray(list) || list.length === 0)
        throw invalidNativeInput(id, 'SMSList must hold at least one { phoneNumber, message }');
      if (list.length > SMS_PARTNER_MAX_NUMBERS_PER_REQUEST) {
        throw invalidNativeInput(
          id,
          `SMSList holds ${list.length} messages; SMS Partner takes at most ${SMS_PARTNER_MAX_NUMBERS_PER_REQUEST} per request`,
        );
      }
      const items = list.map((item, index) => {
        if (typeof item?.phoneNumber !== 'string' || item.phoneNumber.trim() === '')
          throw invalidNativeInput(id, `SMSList[${index}].phoneNumber is empty`);
        assertText(item.message, id);
        return { phoneNumber: item.phoneNumber, message: item.message };
      });
      const fields = buildSendFields(
        request,
        defaults,
        items.map((item) => item.message),
        id,
      );
      return transport.post<SmsPartnerBulkSendAnswer>('v1/bulk-send', 'send', { SMSList: items, ...fields }, options);
    },

    async cancel(messageId, options) {
      return transport.get<SmsPartnerCancelAnswer>(
        'v1/message-cancel',
        'cancel',
        { messageId: assertSmsPartnerId(messageId, 'messageId', id) },
        options,
      );
    },
  };
}
