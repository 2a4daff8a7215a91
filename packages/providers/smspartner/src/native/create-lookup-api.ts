import type { NativeApiContext } from './create-native-api';
import type { SmsPartnerLookupAnswer, SmsPartnerLookupApi } from './lookup-api-types';
import { assertNumberList } from './native-input-checks';

/** `v1/lookup`. */
export function createLookupApi({ id, transport }: NativeApiContext): SmsPartnerLookupApi {
  return {
    async lookup(phoneNumbers, options) {
      const list = assertNumberList(phoneNumbers, 'phoneNumbers', id);
      return transport.post<SmsPartnerLookupAnswer>('v1/lookup', 'lookup', { phoneNumbers: list.join(',') }, options);
    },
  };
}
