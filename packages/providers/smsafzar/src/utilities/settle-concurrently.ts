/**
 * Runs `worker` on every item with at most `concurrency` in flight and returns each outcome in input order.
 * Unlike core's `runInChunks` it does not stop at the first failure: every cancel is worth attempting.
 */
export async function settleConcurrently<Item, Value>(
  items: readonly Item[],
  concurrency: number,
  worker: (item: Item) => Promise<Value>,
): Promise<PromiseSettledResult<Value>[]> {
  const results: PromiseSettledResult<Value>[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await worker(items[index]!) };
      } catch (error) {
        results[index] = { status: 'rejected', reason: error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return results;
}
