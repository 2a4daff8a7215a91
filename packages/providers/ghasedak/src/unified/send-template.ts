import { SmsError, type CallOptions, type SendResult, type TemplateMessage } from '@sms/core';
import { assertTemplateMessage, sendInChunks } from '@sms/core/provider-utils';
import { postVerification, toTemplateParams } from '../native/create-verification-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { assertListValue, assertNonEmptyString, GHASEDAK_MAX_LIST_SIZE } from '../native/ghasedak-inputs';
import { checkGhasedakRecipients, toGhasedakNumber } from '../native/ghasedak-recipients';
import { checkIdOf } from './check-id-of';
import { toSentMessages, type PendingDetails } from './to-sent-messages';

// The template's text lives in the panel, so its segment count is not known here.
const QUEUED: PendingDetails = { status: 'queued' };

/**
 * `sendTemplate`: `verification/send/simple` with the template's name and `param1…param10`; `voice: true`
 * asks for a call (type 2). Verification messages go out from Ghasedak's own lines, so `from` is not used.
 * A `reference` to several recipients sends one request per recipient, each with its own checkid (`checkIdOf`).
 */
export async function sendTemplate(
  context: GhasedakContext,
  message: TemplateMessage,
  options: CallOptions = {},
): Promise<SendResult> {
  const { provider, transport } = context;
  assertTemplateMessage(message, provider);
  assertNonEmptyString(message.template, provider, 'template');
  const params = toTemplateParams(message.params, provider);
  const recipients = checkGhasedakRecipients(message.to, provider, 'international');
  if (message.sendAt !== undefined) {
    throw new SmsError(
      `${provider} verification messages cannot be scheduled (verification/send/simple has no send date); omit sendAt. Nothing was sent.`,
      {
        code: 'UNSUPPORTED',
        provider,
      },
    );
  }
  const reference =
    message.reference === undefined ? undefined : assertListValue(message.reference, provider, 'reference');
  const count = recipients.length;
  return sendInChunks({
    provider,
    items: recipients,
    // The verification service takes one checkid per request, and a checkid names one message: with a
    // reference, each recipient gets its own request and its own checkid.
    size: reference === undefined ? GHASEDAK_MAX_LIST_SIZE : 1,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (e164) => e164,
    ...(reference === undefined ? {} : { referenceOf: (index: number) => checkIdOf(reference, count, index) }),
    send: async (chunk, index) => {
      const checkId = reference === undefined ? undefined : checkIdOf(reference, count, index);
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
      return {
        messages: toSentMessages(
          provider,
          chunk,
          response.messageIds,
          QUEUED,
          checkId === undefined ? undefined : [checkId],
        ),
        raw: response.raw,
      };
    },
  });
}
