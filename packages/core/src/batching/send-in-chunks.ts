import type { SendResult } from '../model/send-result';
import { splitIntoChunks } from './run-in-chunks';
import { sendRequestsInOrder, type ChunkSendResult } from './send-requests-in-order';

export type { ChunkSendResult };

export interface SendInChunksOptions<Item> {
  provider: string;
  items: readonly Item[];
  /** The provider's per-request limit. */
  size: number;
  concurrency?: number;
  /** The recipient of an item, for the entries of a partial failure. */
  recipientOf: (item: Item) => string;
  send: (chunk: Item[], index: number) => Promise<ChunkSendResult>;
}

/**
 * Sends a list in consecutive requests of at most `size` items: `sendRequestsInOrder` over the slices, with
 * its ordering and partial-failure rules. In a send of several requests each entry carries its request's
 * `batchId`; a single request's `batchId` is the result's.
 */
export async function sendInChunks<Item>(options: SendInChunksOptions<Item>): Promise<SendResult> {
  const { items, size } = options;
  const requests = splitIntoChunks(items, size).map((chunk, index) => ({
    indices: chunk.map((_item, offset) => index * size + offset),
    send: () => options.send(chunk, index),
  }));
  return sendRequestsInOrder({
    provider: options.provider,
    total: items.length,
    requests,
    recipientOf: (index) => options.recipientOf(items[index]!),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
}
