import { sendInChunks, type SendInChunksOptions, type SendResult } from '@sms/core';

/**
 * `sendInChunks`, except that a send made in a single request surfaces that request's error unchanged.
 * (Core's helper reports an unknown-outcome failure of the only request as a partial send of "0 of N",
 * which drops the error's `responseBody` and `retryable` and says "part went through" when nothing is known.)
 */
export async function sendInRequests<Item>(options: SendInChunksOptions<Item>): Promise<SendResult> {
  if (options.items.length > options.size) return sendInChunks(options);
  const chunk = await options.send([...options.items], 0);
  const result: SendResult = { provider: options.provider, messages: chunk.messages, raw: chunk.raw };
  if (chunk.batchId !== undefined) result.batchId = chunk.batchId;
  if (chunk.cost !== undefined) result.cost = chunk.cost;
  if (chunk.currency !== undefined) result.currency = chunk.currency;
  return result;
}
