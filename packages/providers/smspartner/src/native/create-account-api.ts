import type { SmsPartnerAccountApi, SmsPartnerMeAnswer } from './account-api-types';
import type { SmsPartnerContext } from './sms-partner-context';

/** `v1/me`. */
export function createAccountApi({ transport }: SmsPartnerContext): SmsPartnerAccountApi {
  return {
    async me(options) {
      return transport.get<SmsPartnerMeAnswer>('v1/me', 'account', {}, options);
    },
  };
}
