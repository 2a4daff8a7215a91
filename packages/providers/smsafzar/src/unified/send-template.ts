import { formatNationalNumber, type CallOptions, type SendResult, SmsError, type TemplateMessage } from '@sms/core';
import { assertTemplateMessage, sendInChunks } from '@sms/core/provider-utils';
import {
  assertTemplateId,
  checkIranianMobiles,
  postSendTemplate,
  resolveOptionalSender,
  toSendTimestamp,
  toTemplateParameters,
} from '../native/create-messages-api';
import type { SmsAfzarContext } from '../native/sms-afzar-context';
import { toChunkResult, toSentMessage } from './to-sent-message';

/**
 * A provider-side template through `messages/send/template`, which takes one recipient per request: many
 * recipients are sent as parallel requests (bounded by `concurrency`), one entry per recipient in input order.
 */
export async function sendTemplate(
  context: SmsAfzarContext,
  message: TemplateMessage,
  options?: CallOptions,
): Promise<SendResult> {
  const { provider, transport } = context;
  assertTemplateMessage(message, provider);
  if (message.voice === true) {
    throw new SmsError(
      `${provider} has no voice messages; send the template as a text (leave out \`voice\`). Nothing was sent.`,
      {
        code: 'UNSUPPORTED',
        provider,
      },
    );
  }
  const templateId = assertTemplateId(message.template, provider);
  if (Array.isArray(message.params) && message.params.some((item) => typeof item === 'string')) {
    throw new SmsError(
      `SMSAfzar templates take named parameters: pass params as { name: value }, not a list. Nothing was sent.`,
      {
        code: 'INVALID_INPUT',
        provider,
      },
    );
  }
  const parameters = toTemplateParameters(message.params, provider);
  const recipients = checkIranianMobiles(message.to, provider);
  const senderNumber = resolveOptionalSender(message.from, context.defaultSender, provider);
  const sendTimestamp = toSendTimestamp(message.sendAt, provider);
  const scheduled = sendTimestamp !== undefined;

  const result = await sendInChunks({
    provider,
    items: recipients,
    size: 1,
    concurrency: context.concurrency,
    recipientOf: (to) => to,
    send: async ([to]) => {
      const answer = await postSendTemplate(
        transport,
        {
          ...(senderNumber === undefined ? {} : { senderNumber }),
          recipientNumber: formatNationalNumber(to!),
          templateId,
          parameters,
          ...(scheduled ? { sendTimestamp } : {}),
        },
        options,
      );
      const messages = [toSentMessage(to!, answer.message, answer.batchId, scheduled, context.mapStatus)];
      return toChunkResult(messages, answer.raw, answer.batchId);
    },
  });
  if (sendTimestamp !== undefined) result.sendAt = new Date(sendTimestamp * 1000);
  return result;
}
