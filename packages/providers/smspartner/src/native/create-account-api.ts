import type { SmsPartnerAccountApi, SmsPartnerMeAnswer } from './account-api-types';
import type { NativeApiContext } from './create-native-api';

/** `v1/me`. */
export function createAccountApi({ transport }: NativeApiContext): SmsPartnerAccountApi {
  return {
    async me(options) {
      return transport.get<SmsPartnerMeAnswer>('v1/me', 'account', {}, options);
    },
  };
}
