import { assertTemplateMessage, SmsError, sendInChunks, type CallOptions, type SendResult, type TemplateMessage } from '@sms/core';
import { postVerification } from '../endpoints/send-endpoints';
import type { GhasedakContext } from '../native/ghasedak-context';
import { checkGhasedakRecipients, toGhasedakNumber } from '../validation/ghasedak-recipients';
import { assertListValue, assertNonEmptyString, MAX_LIST_SIZE } from '../validation/ghasedak-inputs';
import { toTemplateParams } from '../validation/template-params';
import { toSentMessages, type PendingDetails } from './to-sent-messages';

// The template's text lives in the panel, so its segment count is not known here.
const QUEUED: PendingDetails = { status: 'queued' };

/**
 * `sendTemplate`: `verification/send/simple` with the template's name and `param1…param10`; `voice: true`
 * asks for a call (type 2). Verification messages go out from Ghasedak's own lines, so `from` is not used.
 */
export async function sendTemplate(context: GhasedakContext, message: TemplateMessage, options: CallOptions = {}): Promise<SendResult> {
  const { provider, transport } = context;
  assertTemplateMessage(message, provider);
  assertNonEmptyString(message.template, provider, 'template');
  const params = toTemplateParams(message.params, provider);
  const recipients = checkGhasedakRecipients(message.to, provider, 'international');
  if (message.sendAt !== undefined) {
    throw new SmsError(`${provider} verification messages cannot be scheduled (verification/send/simple has no send date); omit sendAt. Nothing was sent.`, {
      code: 'UNSUPPORTED',
      provider,
    });
  }
  const checkId = message.reference === undefined ? undefined : assertListValue(message.reference, provider, 'reference');
  return sendInChunks({
    provider,
    items: recipients,
    size: MAX_LIST_SIZE,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (e164) => e164,
    send: async (chunk) => {
      const response = await postVerification(
        transport,
        {
          receptors: chunk.map(toGhasedakNumber),
          template: message.template,
          params,
          type: message.voice === true ? 2 : 1,
          ...(checkId === undefined ? {} : { checkId }),
        },
        options,
      );
      return { messages: toSentMessages(provider, chunk, response.messageIds, QUEUED), raw: response.raw };
    },
  });
}

