export const DEFAULT_CHUNK_CONCURRENCY = 8;

/** What became of one task: its value, its error, or `skipped` (not started because an earlier one failed). */
export type TaskOutcome<Task, Value> = { task: Task } & (
  { state: 'done'; value: Value } | { state: 'failed'; error: unknown } | { state: 'skipped' }
);

/**
 * Runs `worker` over `tasks` with at most `concurrency` (default 8) in flight and returns one outcome per
 * task, in input order whatever order they finish in. After the first failure no further task is started
 * (tasks already in flight finish), so a failing provider is not hit with the rest of a large send; those
 * tasks come back `skipped`. The one scheduling loop of the SDK: chunked sends, cancels and reads are built on it.
 */
export async function runWithConcurrency<Task, Value>(
  tasks: readonly Task[],
  concurrency: number | undefined,
  worker: (task: Task, index: number) => Promise<Value>,
): Promise<TaskOutcome<Task, Value>[]> {
  const outcomes: TaskOutcome<Task, Value>[] = tasks.map((task) => ({ task, state: 'skipped' }));
  const lanes = Math.max(1, Math.min(concurrency ?? DEFAULT_CHUNK_CONCURRENCY, tasks.length));
  let next = 0;
  let failed = false;

  const lane = async (): Promise<void> => {
    while (!failed && next < tasks.length) {
      const index = next++;
      const task = tasks[index]!;
      try {
        outcomes[index] = { task, state: 'done', value: await worker(task, index) };
      } catch (error) {
        failed = true;
        outcomes[index] = { task, state: 'failed', error };
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return outcomes;
}
