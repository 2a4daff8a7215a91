export interface RunInChunksSettings {
  /** Most items per chunk (the provider's per-request limit). */
  size: number;
  /** Most chunks in flight at once. Default 8. */
  concurrency?: number;
}

export type ChunkOutcome<Item, Value> = { items: Item[]; start: number } & (
  | { state: 'done'; value: Value }
  | { state: 'failed'; error: unknown }
  | { state: 'skipped' }
);

export const DEFAULT_CHUNK_CONCURRENCY = 8;

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
 * Runs `worker` over the chunks of `items` with bounded concurrency and returns one outcome per chunk, in
 * input order. After the first failure no further chunk is started (chunks already in flight finish), so a
 * failing provider is not hit with the rest of a large send; those chunks come back `skipped`.
 */
export async function runInChunks<Item, Value>(
  items: readonly Item[],
  settings: RunInChunksSettings,
  worker: (chunk: Item[], index: number) => Promise<Value>,
): Promise<ChunkOutcome<Item, Value>[]> {
  const chunks = splitIntoChunks(items, settings.size);
  const outcomes: ChunkOutcome<Item, Value>[] = chunks.map((chunk, index) => ({ items: chunk, start: index * settings.size, state: 'skipped' }));
  const concurrency = Math.max(1, Math.min(settings.concurrency ?? DEFAULT_CHUNK_CONCURRENCY, chunks.length));
  let next = 0;
  let failed = false;

  const lane = async (): Promise<void> => {
    while (!failed && next < chunks.length) {
      const index = next++;
      const outcome = outcomes[index]!;
      try {
        const value = await worker(outcome.items, index);
        outcomes[index] = { items: outcome.items, start: outcome.start, state: 'done', value };
      } catch (error) {
        failed = true;
        outcomes[index] = { items: outcome.items, start: outcome.start, state: 'failed', error };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return outcomes;
}
