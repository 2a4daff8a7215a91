import { SmsError, type CallOptions } from '@sms/core';
import type { GhasedakTransport } from '../ghasedak-transport';
import type { GhasedakContext } from './ghasedak-context';
import { assertListSize, assertListValue, assertNonEmptyString } from './ghasedak-inputs';
import { toGhasedakRecipients } from './ghasedak-recipients';
import { readMessageIds } from './read-message-ids';
import type { GhasedakSendResponse } from './sms-api-types';
import type { GhasedakVerificationApi } from './verification-api-types';

/** Ghasedak templates take `%param1%` … `%param10%`. */
export const GHASEDAK_MAX_TEMPLATE_PARAMS = 10;

function invalid(provider: string, message: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

const PARAM_KEY = /^(?:param)?(\d{1,2})$/i;

/**
 * Turns template parameters into the positional list `param1…paramN`: a list is taken in order; a record
 * must use the keys `param1`… (or `1`…) without gaps. At least 1 and at most 10 non-empty values.
 */
export function toTemplateParams(params: unknown, provider: string): string[] {
  let values: unknown[];
  if (Array.isArray(params)) {
    values = params;
  } else if (typeof params === 'object' && params !== null) {
    const entries = Object.entries(params);
    values = [];
    for (const [key, value] of entries) {
      const position = PARAM_KEY.exec(key)?.[1];
      if (position === undefined || Number(position) < 1) {
        throw invalid(
          provider,
          `Template parameter "${key}" is not one Ghasedak knows: name them param1 … param${GHASEDAK_MAX_TEMPLATE_PARAMS}, or pass a list.`,
        );
      }
      values[Number(position) - 1] = value;
    }
    const gap = Array.from(values, (value) => value).findIndex((value) => value === undefined);
    if (gap !== -1)
      throw invalid(
        provider,
        `Template parameter param${gap + 1} is missing: Ghasedak parameters run from param1 without gaps.`,
      );
  } else {
    throw invalid(
      provider,
      `Template parameters for ${provider} must be a list or a record of param1 … param${GHASEDAK_MAX_TEMPLATE_PARAMS}.`,
    );
  }
  if (values.length === 0) throw invalid(provider, `A ${provider} template needs at least one parameter (%param1%).`);
  if (values.length > GHASEDAK_MAX_TEMPLATE_PARAMS) {
    throw invalid(
      provider,
      `A ${provider} template takes at most ${GHASEDAK_MAX_TEMPLATE_PARAMS} parameters (%param1% … %param10%); got ${values.length}.`,
    );
  }
  return values.map((value, index) => {
    if (typeof value !== 'string' || value.trim() === '')
      throw invalid(provider, `Template parameter param${index + 1} for ${provider} must be a non-empty string.`);
    return value;
  });
}

export interface VerificationWire {
  receptors: readonly string[];
  template: string;
  params: readonly string[];
  type: 1 | 2;
  checkId?: string;
}

export async function postVerification(
  transport: GhasedakTransport,
  wire: VerificationWire,
  options?: CallOptions,
): Promise<GhasedakSendResponse> {
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
        throw new SmsError(`type for ${provider} verification must be 'text' or 'voice'. Nothing was sent.`, {
          code: 'INVALID_INPUT',
          provider,
        });
      }
      return postVerification(
        transport,
        {
          receptors,
          template: assertNonEmptyString(verification.template, provider, 'template'),
          params: toTemplateParams(verification.params, provider),
          type: type === 'voice' ? 2 : 1,
          ...(verification.checkId === undefined
            ? {}
            : { checkId: assertListValue(verification.checkId, provider, 'checkId') }),
        },
        options,
      );
    },
  };
}
