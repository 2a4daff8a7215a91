import { DEFAULT_CHUNK_CONCURRENCY, runWithConcurrency } from './run-with-concurrency';

export { DEFAULT_CHUNK_CONCURRENCY };

export interface RunInChunksSettings {
  /** Most items per chunk (the provider's per-request limit). */
  size: number;
  /** Most chunks in flight at once. Default 8. */
  concurrency?: number;
}

export type ChunkOutcome<Item, Value> = { items: Item[]; start: number } & (
  { state: 'done'; value: Value } | { state: 'failed'; error: unknown } | { state: 'skipped' }
);

/** Throws a RangeError unless `size` can be a number of items per chunk. */
export function assertChunkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function splitIntoChunks<Item>(items: readonly Item[], size: number): Item[][] {
  assertChunkSize(size);
  const chunks: Item[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Runs `worker` over the chunks of `items` with `runWithConcurrency` (bounded concurrency, input order, no new
 * chunk after the first failure) and returns one outcome per chunk with its items and its first position.
 */
export async function runInChunks<Item, Value>(
  items: readonly Item[],
  settings: RunInChunksSettings,
  worker: (chunk: Item[], index: number) => Promise<Value>,
): Promise<ChunkOutcome<Item, Value>[]> {
  const outcomes = await runWithConcurrency(splitIntoChunks(items, settings.size), settings.concurrency, worker);
  return outcomes.map(({ task, ...outcome }, index) => ({ items: task, start: index * settings.size, ...outcome }));
}
