import type { SentMessage } from '@sms/core';
import { readNumber, readString, type ChunkSendResult } from '@sms/core/provider-utils';

/** One `v1/send` or `v1/bulk-send` answer as a chunk of a send: its entries, its `message_id`, its total cost. */
export function toChunkResult(
  messages: SentMessage[],
  answer: Readonly<Record<string, unknown>>,
  messageId: string,
): ChunkSendResult {
  const result: ChunkSendResult = { messages, raw: answer, batchId: messageId };
  const cost = readNumber(answer, 'cost');
  if (cost !== undefined) result.cost = cost;
  const currency = readString(answer, 'currency');
  if (currency !== undefined) result.currency = currency;
  return result;
}
