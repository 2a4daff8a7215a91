import { SmsError, sendInChunks, type CallOptions, type SendResult, type TemplateMessage } from '@sms/core';
import { postVerification } from '../endpoints/send-endpoints';
import type { GhasedakContext } from '../native/ghasedak-context';
import { toGhasedakRecipients } from '../validation/ghasedak-recipients';
import { assertListValue, assertNonEmptyString, MAX_LIST_SIZE } from '../validation/ghasedak-inputs';
import { toTemplateParams } from '../validation/template-params';
import { toSentMessages } from './to-sent-messages';

/**
 * `sendTemplate`: `verification/send/simple` with the template's name and `param1…param10`; `voice: true`
 * asks for a call (type 2). Verification messages go out from Ghasedak's own lines, so `from` is not used.
 */
export async function sendTemplate(context: GhasedakContext, message: TemplateMessage, options: CallOptions = {}): Promise<SendResult> {
  const { provider, transport } = context;
  assertNonEmptyString(message.template, provider, 'template');
  const params = toTemplateParams(message.params, provider);
  const recipients = toGhasedakRecipients(message.to, provider, 'international');
  if (message.sendAt !== undefined) {
    throw new SmsError(`${provider} verification messages cannot be scheduled (verification/send/simple has no send date); omit sendAt. Nothing was sent.`, {
      code: 'UNSUPPORTED',
      provider,
    });
  }
  const checkId = message.reference === undefined ? undefined : assertListValue(message.reference, provider, 'reference');
  const items = recipients.e164.map((e164, index) => ({ e164, wire: recipients.wire[index]! }));
  return sendInChunks({
    provider,
    items,
    size: MAX_LIST_SIZE,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (item) => item.e164,
    send: async (chunk) => {
      const response = await postVerification(
        transport,
        {
          receptors: chunk.map((item) => item.wire),
          template: message.template,
          params,
          type: message.voice === true ? 2 : 1,
          ...(checkId === undefined ? {} : { checkId }),
        },
        options,
      );
      // The template's text lives in the panel, so its segment count is not known here.
      return { messages: toSentMessages(provider, chunk.map((item) => ({ to: item.e164, status: 'queued' })), response.messageIds), raw: response.raw };
    },
  });
}

