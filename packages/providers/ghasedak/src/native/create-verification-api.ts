import { SmsError } from '@sms/core';
import { postVerification } from '../endpoints/send-endpoints';
import { toGhasedakRecipients } from '../validation/ghasedak-recipients';
import { assertListSize, assertListValue, assertNonEmptyString } from '../validation/ghasedak-inputs';
import { toTemplateParams } from '../validation/template-params';
import type { GhasedakContext } from './ghasedak-context';
import type { GhasedakVerificationApi } from './verification-api-types';

export function createVerificationApi(context: GhasedakContext): GhasedakVerificationApi {
  const { transport, provider } = context;
  return {
    async send(verification, options) {
      assertListSize(verification.receptors, provider, 'receptors');
      const receptors = toGhasedakRecipients(verification.receptors, provider, 'international').wire;
      const type = verification.type ?? 'text';
      if (type !== 'text' && type !== 'voice') {
        throw new SmsError(`type for ${provider} verification must be 'text' or 'voice'. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
      }
      return postVerification(
        transport,
        {
          receptors,
          template: assertNonEmptyString(verification.template, provider, 'template'),
          params: toTemplateParams(verification.params, provider),
          type: type === 'voice' ? 2 : 1,
          ...(verification.checkId === undefined ? {} : { checkId: assertListValue(verification.checkId, provider, 'checkId') }),
        },
        options,
      );
    },
  };
}
