import { describe, expect, it } from 'vitest';
import { runWithConcurrency } from './run-with-concurrency';

const later = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('runWithConcurrency', () => {
  it('never runs more than `concurrency` tasks at once and returns the outcomes in input order', async () => {
    let running = 0;
    let peak = 0;
    const outcomes = await runWithConcurrency(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3, async (task, index) => {
      running += 1;
      peak = Math.max(peak, running);
      // Later tasks finish first, so order must come from the index, not from completion.
      await later(14 - 2 * index);
      running -= 1;
      return `${task}${index}`;
    });
    expect(peak).toBe(3);
    expect(outcomes).toEqual(
      ['a0', 'b1', 'c2', 'd3', 'e4', 'f5', 'g6'].map((value, index) => ({
        task: 'abcdefg'[index],
        state: 'done',
        value,
      })),
    );
  });

  it('runs 8 at once by default', async () => {
    let running = 0;
    let peak = 0;
    await runWithConcurrency(
      Array.from({ length: 20 }, (_, index) => index),
      undefined,
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await later(1);
        running -= 1;
      },
    );
    expect(peak).toBe(8);
  });

  it('starts no task after the first failure, lets those in flight finish, and marks the rest skipped', async () => {
    const started: number[] = [];
    const failure = new Error('refused');
    const outcomes = await runWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (task) => {
      started.push(task);
      // Task 0 ends first, so its lane starts task 2 before task 1 fails; task 2 is still running then.
      await later([1, 3, 5][task] ?? 1);
      if (task === 1) throw failure;
      return task;
    });
    expect(started).toEqual([0, 1, 2]);
    expect(outcomes.map((outcome) => outcome.state)).toEqual([
      'done',
      'failed',
      'done',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(outcomes[1]).toEqual({ task: 1, state: 'failed', error: failure });
  });

  it('returns nothing for no tasks', async () => {
    expect(await runWithConcurrency([], 4, async () => 1)).toEqual([]);
  });
});
