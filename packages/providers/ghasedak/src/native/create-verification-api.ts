import { SmsError, type CallOptions } from '@sms/core';
import type { GhasedakTransport } from '../ghasedak-transport';
import type { GhasedakContext } from './ghasedak-context';
import { assertListSize, assertListValue, assertNonEmptyString } from './ghasedak-inputs';
import { toGhasedakRecipients } from './ghasedak-recipients';
import { readMessageIds } from './read-message-ids';
import type { GhasedakSendResponse } from './sms-api-types';
import { toTemplateParams } from './template-params';
import type { GhasedakVerificationApi } from './verification-api-types';

export interface VerificationWire {
  receptors: readonly string[];
  template: string;
  params: readonly string[];
  type: 1 | 2;
  checkId?: string;
}

export async function postVerification(transport: GhasedakTransport, wire: VerificationWire, options?: CallOptions): Promise<GhasedakSendResponse> {
  const path = 'verification/send/simple';
  const parameters: Record<string, string | readonly string[] | undefined> = {
    receptor: wire.receptors,
    type: String(wire.type),
    template: wire.template,
    checkid: wire.checkId,
  };
  wire.params.forEach((value, index) => {
    parameters[`param${index + 1}`] = value;
  });
  const answer = await transport.call({ method: 'POST', path, parameters }, options);
  return readMessageIds(transport, answer, path);
}

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
