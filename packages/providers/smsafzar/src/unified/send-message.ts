import { formatNationalNumber, type CallOptions, type SendResult, type SmsMessage } from '@sms/core';
import { assertSmsMessage, sendInChunks } from '@sms/core/provider-utils';
import {
  checkIranianMobiles,
  postSend,
  postSendBulk,
  resolveSender,
  toSendTimestamp,
} from '../native/create-messages-api';
import type { SmsAfzarContext } from '../native/sms-afzar-context';
import { toBulkChunkResult, toChunkResult, toSentMessage } from './to-sent-message';

/**
 * One text to one recipient through `messages/send`, or to many through `messages/send/bulk` in requests of
 * `bulkSize` recipients with bounded concurrency; one entry per recipient, in input order.
 */
export async function sendMessage(
  context: SmsAfzarContext,
  message: SmsMessage,
  options?: CallOptions,
): Promise<SendResult> {
  const { provider, transport } = context;
  assertSmsMessage(message, provider);
  const recipients = checkIranianMobiles(message.to, provider);
  const senderNumber = resolveSender(message.from, context.defaultSender, provider);
  const sendTimestamp = toSendTimestamp(message.sendAt, provider);
  const scheduled = sendTimestamp !== undefined;
  const timestamp = scheduled ? { sendTimestamp } : {};

  const result = await sendInChunks({
    provider,
    items: recipients,
    size: context.bulkSize,
    concurrency: context.concurrency,
    recipientOf: (to) => to,
    send: async (chunk) => {
      // Each request's numbers are rendered as it goes out: a large send holds no second list of them.
      const wire = chunk.map(formatNationalNumber);
      if (recipients.length === 1) {
        const answer = await postSend(
          transport,
          { senderNumber, recipientNumber: wire[0]!, content: message.text, ...timestamp },
          options,
        );
        const messages = [toSentMessage(chunk[0]!, answer.message, answer.batchId, scheduled, context.mapStatus)];
        return toChunkResult(messages, answer.raw, answer.batchId);
      }
      const answer = await postSendBulk(
        transport,
        { senderNumbers: [senderNumber], recipientNumbers: wire, contents: [message.text], ...timestamp },
        options,
      );
      return toBulkChunkResult(chunk, wire, answer, scheduled, context.mapStatus);
    },
  });
  // The time SMSAfzar was given (whole seconds), which the cancel window is measured from.
  if (sendTimestamp !== undefined) result.sendAt = new Date(sendTimestamp * 1000);
  return result;
}
