import { assertNumberList, assertSmsPartnerId } from './native-input-checks';
import type { SmsPartnerContext } from './sms-partner-context';
import type {
  SmsPartnerStopAddAnswer,
  SmsPartnerStopListAnswer,
  SmsPartnerStopListApi,
  SmsPartnerStopRemoveAnswer,
} from './stop-list-api-types';

/** `v1/stop-sms/list`, `v1/stop-sms/add` and `v1/stop-sms/delete`. */
export function createStopListApi({ id, transport }: SmsPartnerContext): SmsPartnerStopListApi {
  return {
    async list(options) {
      return transport.get<SmsPartnerStopListAnswer>('v1/stop-sms/list', 'stop-list', {}, options);
    },
    async add(phoneNumber, options) {
      const [number] = assertNumberList([phoneNumber], 'phoneNumber', id);
      return transport.post<SmsPartnerStopAddAnswer>('v1/stop-sms/add', 'stop-list', { phoneNumber: number }, options);
    },
    async remove(stopId, options) {
      return transport.get<SmsPartnerStopRemoveAnswer>(
        'v1/stop-sms/delete',
        'stop-list',
        { id: assertSmsPartnerId(stopId, 'stop id', id) },
        options,
      );
    },
  };
}
