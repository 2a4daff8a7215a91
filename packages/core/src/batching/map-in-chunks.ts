import { runInChunks, type RunInChunksSettings } from './run-in-chunks';

/**
 * Runs a read-only call (status) over `items` in chunks with bounded concurrency and returns each chunk's
 * value in input order, or throws the first failure: such calls change nothing, so there is no partial
 * result to report. Calls that act (a send, a cancel) use `sendInChunks` or `cancelInChunks`, which do.
 */
export async function mapInChunks<Item, Value>(
  items: readonly Item[],
  settings: RunInChunksSettings,
  request: (chunk: Item[], index: number) => Promise<Value>,
): Promise<Value[]> {
  const outcomes = await runInChunks(items, settings, request);
  const values: Value[] = [];
  for (const outcome of outcomes) {
    if (outcome.state === 'failed') throw outcome.error;
    if (outcome.state === 'done') values.push(outcome.value);
  }
  return values;
}
