import { runInChunks } from '@sms/core';

/**
 * Runs a read-only call over a list in requests of at most `size` ids with bounded concurrency, and returns
 * each request's answer in order. The first failure is thrown: nothing was sent, so nothing is partial.
 */
export async function runRequests<Item, Value>(
  items: readonly Item[],
  size: number,
  concurrency: number | undefined,
  request: (chunk: Item[]) => Promise<Value>,
): Promise<Value[]> {
  const outcomes = await runInChunks(items, { size, ...(concurrency === undefined ? {} : { concurrency }) }, request);
  const values: Value[] = [];
  for (const outcome of outcomes) {
    if (outcome.state === 'failed') throw outcome.error;
    if (outcome.state === 'done') values.push(outcome.value);
  }
  return values;
}
