import { analyzeText, type CallOptions, type SendResult, type SmsMessage } from '@sms/core';
import { assertSmsMessage, sendInChunks } from '@sms/core/provider-utils';
import { postSendPair, postSendSimple } from '../native/create-sms-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { assertLineNumber, GHASEDAK_MAX_LIST_SIZE } from '../native/ghasedak-inputs';
import { checkGhasedakRecipients, toGhasedakNumber } from '../native/ghasedak-recipients';
import { checkIdOf } from './check-id-of';
import { checkSendOptions } from './check-send-options';
import { toSentMessages, type PendingDetails } from './to-sent-messages';

/**
 * `send`: `sms/send/simple` for one recipient, `sms/send/pair` in requests of at most 100 for more. A
 * `reference` becomes one distinct checkid per message (`checkIdOf`), shown as each entry's `reference`.
 */
export async function sendMessage(
  context: GhasedakContext,
  message: SmsMessage,
  options: CallOptions = {},
): Promise<SendResult> {
  const { provider, transport } = context;
  assertSmsMessage(message, provider);
  const recipients = checkGhasedakRecipients(message.to, provider, 'iranian-mobile');
  const lineNumber = message.from === undefined ? context.lineNumber : assertLineNumber(message.from, provider, 'from');
  const { sendDate, reference: checkId, status } = checkSendOptions(message, provider);
  const details: PendingDetails = { status, segments: analyzeText(message.text).segments };

  let result: SendResult;
  if (recipients.length === 1) {
    const response = await postSendSimple(
      transport,
      { message: message.text, receptor: toGhasedakNumber(recipients[0]!), lineNumber, sendDate, checkId },
      options,
    );
    const checkIds = checkId === undefined ? undefined : [checkId];
    result = {
      provider,
      messages: toSentMessages(provider, recipients, response.messageIds, details, checkIds),
      raw: response.raw,
    };
  } else {
    const count = recipients.length;
    result = await sendInChunks({
      provider,
      items: recipients,
      size: GHASEDAK_MAX_LIST_SIZE,
      ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
      recipientOf: (e164) => e164,
      ...(checkId === undefined ? {} : { referenceOf: (index: number) => checkIdOf(checkId, count, index) }),
      send: async (chunk, index) => {
        // checkid is a list lined up with the receptors, one distinct id per message.
        const start = index * GHASEDAK_MAX_LIST_SIZE;
        const checkIds =
          checkId === undefined ? undefined : chunk.map((_, offset) => checkIdOf(checkId, count, start + offset));
        const response = await postSendPair(
          transport,
          { message: message.text, receptors: chunk.map(toGhasedakNumber), lineNumber, sendDate, checkIds },
          options,
        );
        return { messages: toSentMessages(provider, chunk, response.messageIds, details, checkIds), raw: response.raw };
      },
    });
  }
  if (sendDate !== undefined) result.sendAt = sendDate;
  return result;
}
