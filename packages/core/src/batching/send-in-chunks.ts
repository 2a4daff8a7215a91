import type { SendResult } from '../model/send-result';
import { assertChunkSize } from './run-in-chunks';
import { sendRequestsInOrder, type ChunkSendResult, type OrderedRequest } from './send-requests-in-order';

export type { ChunkSendResult };

export interface SendInChunksOptions<Item> {
  provider: string;
  items: readonly Item[];
  /** The provider's per-request limit. */
  size: number;
  concurrency?: number;
  /** The recipient of an item, for the entries of a partial failure. */
  recipientOf: (item: Item) => string;
  /** The per-message reference at an input position, if any, for the entries of a partial failure. */
  referenceOf?: (index: number) => string | undefined;
  send: (chunk: Item[], index: number) => Promise<ChunkSendResult>;
}

/**
 * Sends a list in consecutive requests of at most `size` items: `sendRequestsInOrder` over the slices, with
 * its ordering and partial-failure rules. In a send of several requests each entry carries its request's
 * `batchId`; a single request's `batchId` is the result's.
 */
export async function sendInChunks<Item>(options: SendInChunksOptions<Item>): Promise<SendResult> {
  const { items, size } = options;
  assertChunkSize(size);
  // Each request is a range of positions, sliced from the list when it goes out: a 100,000-recipient send
  // builds no list of positions and no copy of the list before its first request.
  const requests: OrderedRequest[] = [];
  for (let start = 0; start < items.length; start += size) {
    const index = requests.length;
    const count = Math.min(size, items.length - start);
    requests.push({ start, count, send: () => options.send(items.slice(start, start + count), index) });
  }
  return sendRequestsInOrder({
    provider: options.provider,
    total: items.length,
    requests,
    recipientOf: (index) => options.recipientOf(items[index]!),
    ...(options.referenceOf === undefined ? {} : { referenceOf: options.referenceOf }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
}
