import { SmsError } from '@sms/core';
import { assertText } from '@sms/core/provider-utils';
import { assertCount, MAX_RECEIVED_COUNT } from './assert-count';
import { assertBatchId, assertIdentifiers } from './assert-identifiers';
import { assertTemplateId } from './assert-template-id';
import { deleteScheduled } from './delete-scheduled';
import { getReceivedRecent } from './get-received-recent';
import type { SmsAfzarBulkBody, SmsAfzarMessagesApi, SmsAfzarSendBody, SmsAfzarTemplateBody } from './messages-api-types';
import { postSend, postSendTemplate } from './post-send';
import { postSendBulk } from './post-send-bulk';
import { MAX_STATUS_IDS, postStatus } from './post-status';
import { prepareWireRecipients } from './prepare-wire-recipients';
import { resolveOptionalSender, resolveSender } from './resolve-sender';
import type { SmsAfzarContext } from './sms-afzar-context';
import { toSendTimestamp } from './to-send-timestamp';
import { toTemplateParameters } from './to-template-parameters';

function withTimestamp<Body extends object>(body: Body, sendTimestamp: number | undefined): Body & { sendTimestamp?: number } {
  return sendTimestamp === undefined ? body : { ...body, sendTimestamp };
}

/** Endpoints that take one recipient: refuse a list rather than send to its first number only. */
function oneRecipient(recipientNumber: unknown, provider: string): string {
  if (typeof recipientNumber === 'string') return recipientNumber;
  throw new SmsError(`Pass one recipient as a string in \`recipientNumber\` to ${provider}; use sendBulk for several. Nothing was sent.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}

/** `native.messages`: one method per endpoint, inputs validated and rendered to SMSAfzar's wire format. */
export function createMessagesApi(context: SmsAfzarContext): SmsAfzarMessagesApi {
  const { provider, transport } = context;

  return {
    async send(input, options) {
      assertText(input.content, provider);
      const recipient = prepareWireRecipients(oneRecipient(input.recipientNumber, provider), provider).wire[0]!;
      const body: SmsAfzarSendBody = withTimestamp(
        { senderNumber: resolveSender(input.senderNumber, context.defaultSender, provider), recipientNumber: recipient, content: input.content },
        toSendTimestamp(input.sendAt, provider),
      );
      return postSend(transport, body, options);
    },

    async sendBulk(input, options) {
      const recipientNumbers = prepareWireRecipients(input.recipientNumbers, provider).wire;
      if (!Array.isArray(input.contents) || input.contents.length === 0) {
        throw new SmsError(`Pass at least one text in \`contents\` to ${provider}. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
      }
      for (const content of input.contents) assertText(content, provider);
      const senderNumbers =
        input.senderNumbers === undefined || input.senderNumbers.length === 0
          ? [resolveSender(undefined, context.defaultSender, provider)]
          : input.senderNumbers.map((sender) => resolveSender(sender, context.defaultSender, provider));
      const lengths = [recipientNumbers.length, input.contents.length, senderNumbers.length];
      const longest = Math.max(...lengths);
      if (lengths.some((length) => length !== 1 && length !== longest)) {
        throw new SmsError(
          `The lists of a ${provider} bulk send must each have one element (used for every message) or the same length; got ` +
            `${recipientNumbers.length} recipients, ${input.contents.length} texts and ${senderNumbers.length} senders. Nothing was sent.`,
          { code: 'INVALID_INPUT', provider },
        );
      }
      const body: SmsAfzarBulkBody = withTimestamp({ senderNumbers, recipientNumbers, contents: [...input.contents] }, toSendTimestamp(input.sendAt, provider));
      return postSendBulk(transport, body, options);
    },

    async sendTemplate(input, options) {
      const templateId = assertTemplateId(input.templateId, provider);
      const parameters = toTemplateParameters(input.parameters, provider);
      const recipientNumber = prepareWireRecipients(oneRecipient(input.recipientNumber, provider), provider).wire[0]!;
      const senderNumber = resolveOptionalSender(input.senderNumber, context.defaultSender, provider);
      const body: SmsAfzarTemplateBody = withTimestamp(
        { ...(senderNumber === undefined ? {} : { senderNumber }), recipientNumber, templateId, parameters },
        toSendTimestamp(input.sendAt, provider),
      );
      return postSendTemplate(transport, body, options);
    },

    async cancelScheduled(batchId, options) {
      return deleteScheduled(transport, assertBatchId(batchId, provider), options);
    },

    async status(sentMessageIds, options) {
      return postStatus(transport, assertIdentifiers(sentMessageIds, 'sentMessageId', MAX_STATUS_IDS, provider), options);
    },

    async receivedRecent(count = MAX_RECEIVED_COUNT, options) {
      return getReceivedRecent(transport, assertCount(count, provider), options);
    },
  };
}
