import { SmsError, type CallOptions, type SendResult, type TemplateMessage } from '@sms/core';
import { assertTemplateMessage, sendInChunks } from '@sms/core/provider-utils';
import {
  GHASEDAK_GATEWAY_MAX_TEMPLATE_PARAMS,
  postSendOtp,
  postSendOtpWithParams,
} from '../native/create-gateway-sms-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import { assertNonEmptyString } from '../native/ghasedak-inputs';
import { checkGhasedakRecipients, toGhasedakNumber } from '../native/ghasedak-recipients';
import { checkIdOf } from './check-id-of';
import { checkSendOptions } from './check-send-options';
import { matchGatewayResults, type RequestedMessage } from './match-gateway-results';

function invalid(provider: string, message: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

/** Named params (a record) become `SendOtpSMS` inputs; a list becomes `SendOtpWithParams`' `param1…param10`. */
function templateInputs(
  params: unknown,
  provider: string,
): { inputs: { param: string; value: string }[] } | { params: string[] } {
  if (Array.isArray(params)) {
    if (params.length === 0 || params.length > GHASEDAK_GATEWAY_MAX_TEMPLATE_PARAMS) {
      throw invalid(
        provider,
        `A positional ${provider} template (SendOtpWithParams) takes 1 to ${GHASEDAK_GATEWAY_MAX_TEMPLATE_PARAMS} params; got ${params.length}.`,
      );
    }
    return { params: params.map((value, index) => assertNonEmptyString(value, provider, `params[${index}]`)) };
  }
  if (typeof params !== 'object' || params === null) {
    throw invalid(
      provider,
      `Template params for ${provider} must be a record of named inputs ({ Code: '1234' }) or a list of positional values.`,
    );
  }
  return {
    inputs: Object.entries(params).map(([param, value]) => ({
      param,
      value: assertNonEmptyString(value, provider, `params.${param}`),
    })),
  };
}

/**
 * `sendTemplate` on the gateway: named params (`{ Code: '1234' }`, the new-style templates) go through
 * `SendOtpSMS`; a list of values (old-style `%param1%` templates) through `SendOtpWithParams`. Both take
 * per-recipient client reference ids, so every recipient gets its own (`reference-1`, …) in requests of
 * `gatewayChunkSize`. Templates go out over Ghasedak's service lines, so `from` is not used; `sendAt`
 * schedules; `voice: true` sends `isVoice`.
 */
export async function gatewaySendTemplate(
  context: GhasedakGatewayContext,
  message: TemplateMessage,
  options: CallOptions = {},
): Promise<SendResult> {
  const { provider, transport } = context;
  assertTemplateMessage(message, provider);
  const templateName = assertNonEmptyString(message.template, provider, 'template');
  const inputs = templateInputs(message.params, provider);
  const recipients = checkGhasedakRecipients(message.to, provider, 'iranian-mobile');
  const { sendDate, reference, status } = checkSendOptions(message, provider);
  const count = recipients.length;
  const size = context.chunkSize;
  const result = await sendInChunks({
    provider,
    items: recipients,
    size,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (e164) => e164,
    ...(reference === undefined ? {} : { referenceOf: (index: number) => checkIdOf(reference, count, index) }),
    send: async (chunk, chunkIndex) => {
      const requested: RequestedMessage[] = chunk.map((to, offset) => ({
        to,
        reference: reference === undefined ? undefined : checkIdOf(reference, count, chunkIndex * size + offset),
        status,
      }));
      const common = {
        receptors: requested.map((item) =>
          item.reference === undefined
            ? { mobile: toGhasedakNumber(item.to) }
            : { mobile: toGhasedakNumber(item.to), clientReferenceId: item.reference },
        ),
        templateName,
        sendDate,
        isVoice: message.voice === true ? true : undefined,
      };
      const response =
        'inputs' in inputs
          ? await postSendOtp(transport, { ...common, inputs: inputs.inputs }, options)
          : await postSendOtpWithParams(transport, { ...common, params: inputs.params }, options);
      return { messages: matchGatewayResults(provider, requested, response.items), raw: response.raw };
    },
  });
  if (sendDate !== undefined) result.sendAt = sendDate;
  return result;
}
