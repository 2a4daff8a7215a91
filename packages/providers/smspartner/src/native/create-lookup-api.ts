import type { SmsPartnerLookupAnswer, SmsPartnerLookupApi } from './lookup-api-types';
import { assertNumberList } from './native-input-checks';
import type { SmsPartnerContext } from './sms-partner-context';

/** `v1/lookup`. */
export function createLookupApi({ id, transport }: SmsPartnerContext): SmsPartnerLookupApi {
  return {
    async lookup(phoneNumbers, options) {
      const list = assertNumberList(phoneNumbers, 'phoneNumbers', id);
      return transport.post<SmsPartnerLookupAnswer>('v1/lookup', 'lookup', { phoneNumbers: list.join(',') }, options);
    },
  };
}
