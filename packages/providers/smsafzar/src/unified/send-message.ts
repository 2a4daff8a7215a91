import { assertText, type CallOptions, sendInChunks, type SendResult, type SmsMessage } from '@sms/core';
import type { SmsAfzarContext } from '../context/sms-afzar-context';
import { postSend } from '../native/post-send';
import { postSendBulk } from '../native/post-send-bulk';
import { prepareWireRecipients } from '../validation/prepare-wire-recipients';
import { resolveSender } from '../validation/resolve-sender';
import { toSendTimestamp } from '../validation/to-send-timestamp';
import { matchBulkAnswer } from './match-bulk-answer';
import { toChunkResult, toSentMessage } from './to-sent-message';

/**
 * One text to one recipient through `messages/send`, or to many through `messages/send/bulk` in requests of
 * `bulkSize` recipients with bounded concurrency; one entry per recipient, in input order.
 */
export async function sendMessage(context: SmsAfzarContext, message: SmsMessage, options?: CallOptions): Promise<SendResult> {
  const { provider, transport } = context;
  assertText(message.text, provider);
  const recipients = prepareWireRecipients(message.to, provider);
  const senderNumber = resolveSender(message.from, context.defaultSender, provider);
  const sendTimestamp = toSendTimestamp(message.sendAt, provider);
  const scheduled = sendTimestamp !== undefined;
  const timestamp = scheduled ? { sendTimestamp } : {};
  const items = recipients.wire.map((wire, index) => ({ wire, to: recipients.e164[index]! }));

  const result = await sendInChunks({
    provider,
    items,
    size: items.length === 1 ? 1 : context.bulkSize,
    concurrency: context.concurrency,
    recipientOf: (item) => item.to,
    send: async (chunk) => {
      if (items.length === 1) {
        const item = chunk[0]!;
        const answer = await postSend(transport, { senderNumber, recipientNumber: item.wire, content: message.text, ...timestamp }, options);
        const messages = [toSentMessage(item.to, answer.message, answer.batchId, scheduled, context.mapStatus)];
        return toChunkResult(messages, answer.raw, answer.batchId);
      }
      const answer = await postSendBulk(
        transport,
        { senderNumbers: [senderNumber], recipientNumbers: chunk.map((item) => item.wire), contents: [message.text], ...timestamp },
        options,
      );
      const matched = matchBulkAnswer(chunk.map((item) => item.wire), answer.messages);
      const messages = chunk.map((item, index) => toSentMessage(item.to, matched[index], answer.batchId, scheduled, context.mapStatus));
      return toChunkResult(messages, answer.raw, answer.batchId);
    },
  });
  // The time SMSAfzar was given (whole seconds), which the cancel window is measured from.
  if (sendTimestamp !== undefined) result.sendAt = new Date(sendTimestamp * 1000);
  return result;
}
