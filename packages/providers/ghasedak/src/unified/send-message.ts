import { analyzeText, assertText, sendInChunks, type CallOptions, type SendResult, type SmsMessage } from '@sms/core';
import { postSendPair, postSendSimple } from '../endpoints/send-endpoints';
import type { GhasedakContext } from '../native/ghasedak-context';
import { toGhasedakRecipients } from '../validation/ghasedak-recipients';
import { assertLineNumber, assertListValue, assertSendDate, MAX_LIST_SIZE } from '../validation/ghasedak-inputs';
import { toSentMessages } from './to-sent-messages';

/** `send`: `sms/send/simple` for one recipient, `sms/send/pair` in requests of at most 100 for more. */
export async function sendMessage(context: GhasedakContext, message: SmsMessage, options: CallOptions = {}): Promise<SendResult> {
  const { provider, transport } = context;
  assertText(message.text, provider);
  const recipients = toGhasedakRecipients(message.to, provider, 'iranian-mobile');
  const lineNumber = message.from === undefined ? context.lineNumber : assertLineNumber(message.from, provider, 'from');
  const sendDate = message.sendAt === undefined ? undefined : assertSendDate(message.sendAt, provider);
  const checkId = message.reference === undefined ? undefined : assertListValue(message.reference, provider, 'reference');
  const status = sendDate === undefined ? 'queued' : 'scheduled';
  const segments = analyzeText(message.text).segments;
  const common = {
    message: message.text,
    ...(lineNumber === undefined ? {} : { lineNumber }),
    ...(sendDate === undefined ? {} : { sendDate }),
  };

  let result: SendResult;
  if (recipients.wire.length === 1) {
    const response = await postSendSimple(transport, { ...common, receptor: recipients.wire[0]!, ...(checkId === undefined ? {} : { checkId }) }, options);
    result = { provider, messages: toSentMessages(provider, recipients.e164.map((to) => ({ to, status, segments })), response.messageIds), raw: response.raw };
  } else {
    const items = recipients.e164.map((e164, index) => ({ e164, wire: recipients.wire[index]! }));
    result = await sendInChunks({
      provider,
      items,
      size: MAX_LIST_SIZE,
      ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
      recipientOf: (item) => item.e164,
      send: async (chunk) => {
        const response = await postSendPair(
          transport,
          // checkid is a list lined up with the receptors; one reference is repeated for each of them.
          { ...common, receptors: chunk.map((item) => item.wire), ...(checkId === undefined ? {} : { checkIds: chunk.map(() => checkId) }) },
          options,
        );
        return { messages: toSentMessages(provider, chunk.map((item) => ({ to: item.e164, status, segments })), response.messageIds), raw: response.raw };
      },
    });
  }
  if (sendDate !== undefined) result.sendAt = sendDate;
  return result;
}
