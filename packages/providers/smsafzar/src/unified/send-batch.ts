import { type BatchMessage, type CallOptions, type SendResult, SmsError } from '@sms/core';
import { assertBatchMessages, sendInChunks } from '@sms/core/provider-utils';
import { postSendBulk, prepareWireRecipients, resolveSender, toSendTimestamp } from '../native/create-messages-api';
import type { SmsAfzarContext } from '../native/sms-afzar-context';
import { toBulkChunkResult } from './to-sent-message';

interface PreparedMessage {
  to: string;
  wire: string;
  text: string;
  sender: string;
}

function invalid(message: string, provider: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

/**
 * Personalised messages through `messages/send/bulk` with per-message recipients, texts and senders, in
 * requests of `bulkSize` messages. A bulk request has one `sendTimestamp`, so every message of a batch must
 * share its `sendAt` (or have none).
 */
export async function sendBatch(
  context: SmsAfzarContext,
  batch: readonly BatchMessage[],
  options?: CallOptions,
): Promise<SendResult> {
  const { provider, transport } = context;
  assertBatchMessages(batch, provider);
  const prepared: PreparedMessage[] = batch.map((message) => {
    const recipient = prepareWireRecipients(message.to, provider);
    return {
      to: recipient.e164[0]!,
      wire: recipient.wire[0]!,
      text: message.text,
      sender: resolveSender(message.from, context.defaultSender, provider),
    };
  });
  const times = new Set(
    batch.map((message) => (message.sendAt instanceof Date ? message.sendAt.getTime() : message.sendAt)),
  );
  if (times.size > 1) {
    throw invalid(
      `SMSAfzar schedules a whole bulk request at one time: give every message of a ${provider} batch the same sendAt, or send them in separate batches.`,
      provider,
    );
  }
  const sendTimestamp = toSendTimestamp(batch[0]!.sendAt, provider);
  const scheduled = sendTimestamp !== undefined;

  const result = await sendInChunks({
    provider,
    items: prepared,
    size: context.bulkSize,
    concurrency: context.concurrency,
    recipientOf: (item) => item.to,
    send: async (chunk) => {
      const recipientNumbers = chunk.map((item) => item.wire);
      const answer = await postSendBulk(
        transport,
        {
          senderNumbers: chunk.map((item) => item.sender),
          recipientNumbers,
          contents: chunk.map((item) => item.text),
          ...(scheduled ? { sendTimestamp } : {}),
        },
        options,
      );
      return toBulkChunkResult(
        chunk.map((item) => item.to),
        recipientNumbers,
        answer,
        scheduled,
        context.mapStatus,
      );
    },
  });
  if (sendTimestamp !== undefined) result.sendAt = new Date(sendTimestamp * 1000);
  return result;
}
