import { sendInChunks, type SendInChunksOptions, type SendResult } from '@sms/core';

/**
 * `sendInChunks`, except that a send that fits in one request throws that request's error unchanged.
 * (Core's helper reports a lone request that failed with an unknown outcome as "only part of this send went
 * through: 0 of N were sent", which misreads a timeout of a single request.)
 */
export async function sendInRequests<Item>(options: SendInChunksOptions<Item>): Promise<SendResult> {
  if (options.items.length > options.size) return sendInChunks(options);
  const answer = await options.send([...options.items], 0);
  const result: SendResult = { provider: options.provider, messages: answer.messages, raw: answer.raw };
  if (answer.batchId !== undefined) result.batchId = answer.batchId;
  if (answer.cost !== undefined) result.cost = answer.cost;
  if (answer.currency !== undefined) result.currency = answer.currency;
  return result;
}
