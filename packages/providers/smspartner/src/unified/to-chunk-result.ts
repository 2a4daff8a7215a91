import type { SentMessage } from '@sms/core';
import type { ChunkSendResult } from '@sms/core/provider-utils';

/** One `v1/send` or `v1/bulk-send` answer as a chunk of a send: its entries, its `message_id`, its total cost. */
export function toChunkResult(messages: SentMessage[], answer: { cost?: unknown; currency?: unknown }, messageId: string): ChunkSendResult {
  const result: ChunkSendResult = { messages, raw: answer, batchId: messageId };
  if (typeof answer.cost === 'number') result.cost = answer.cost;
  if (typeof answer.currency === 'string') result.currency = answer.currency;
  return result;
}
