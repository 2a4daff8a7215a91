import type { ClockKind, SimulatorClock } from './simulator-clock';

/** The clock plus what the simulator needs internally: timers that follow the clock, manual or real. */
export interface ClockController {
  clock: SimulatorClock;
  nowMs(): number;
  /** Runs `task` once the clock reaches `at` (epoch ms); returns a function that cancels it. */
  schedule(at: number, task: () => void): () => void;
  cancelAll(): void;
}

interface ManualTask {
  at: number;
  order: number;
  task: () => void;
}

// setTimeout overflows above this many milliseconds.
const LONGEST_TIMEOUT = 2_147_483_647;

function runSafely(task: () => void): void {
  try {
    task();
  } catch (error) {
    process.emitWarning(`@sms/simulator: a scheduled task failed: ${String(error)}`);
  }
}

function createRealClock(): ClockController {
  const timers = new Set<NodeJS.Timeout>();
  const schedule = (at: number, task: () => void): (() => void) => {
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      const wait = Math.max(0, at - Date.now());
      timer = setTimeout(
        () => {
          if (timer) timers.delete(timer);
          if (at > Date.now()) arm();
          else runSafely(task);
        },
        Math.min(wait, LONGEST_TIMEOUT),
      );
      // The HTTP server keeps the process alive while the simulator runs; pending timers must not.
      timer.unref();
      timers.add(timer);
    };
    arm();
    return () => {
      if (timer) {
        clearTimeout(timer);
        timers.delete(timer);
      }
    };
  };
  const refuse = (): never => {
    throw new Error("The simulator clock is real time; start the simulator with clock: 'manual' to move it.");
  };
  return {
    clock: { now: () => new Date(), advance: refuse, set: refuse },
    nowMs: () => Date.now(),
    schedule,
    cancelAll: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

function createManualClock(): ClockController {
  let current = Date.now();
  let order = 0;
  let tasks: ManualTask[] = [];

  // Runs every task due by `target` in time order, with the clock set to each task's time, so a
  // cascade (sent, then delivered after the delivery delay) lands on its exact timestamps.
  const moveTo = (target: number): void => {
    for (;;) {
      // The earliest due task in one pass (a task may schedule more while it runs, so the list is read anew).
      let next = -1;
      for (let index = 0; index < tasks.length; index += 1) {
        const entry = tasks[index]!;
        if (entry.at > target) continue;
        const best = next < 0 ? undefined : tasks[next]!;
        if (best === undefined || entry.at < best.at || (entry.at === best.at && entry.order < best.order))
          next = index;
      }
      if (next < 0) break;
      const [due] = tasks.splice(next, 1);
      current = Math.max(current, due!.at);
      runSafely(due!.task);
    }
    current = target;
  };

  return {
    clock: {
      now: () => new Date(current),
      advance: (milliseconds: number) => {
        if (!Number.isFinite(milliseconds) || milliseconds < 0) {
          throw new RangeError(
            `clock.advance(ms) takes a non-negative number of milliseconds; got ${String(milliseconds)}.`,
          );
        }
        moveTo(current + milliseconds);
      },
      set: (date: Date) => {
        const target = date instanceof Date ? date.getTime() : Number.NaN;
        if (Number.isNaN(target)) throw new TypeError('clock.set(date) takes a valid Date.');
        if (target >= current) moveTo(target);
        else current = target;
      },
    },
    nowMs: () => current,
    schedule: (at, task) => {
      const entry: ManualTask = { at, order: order++, task };
      tasks.push(entry);
      return () => {
        tasks = tasks.filter((candidate) => candidate !== entry);
      };
    },
    cancelAll: () => {
      tasks = [];
    },
  };
}

export function createClock(kind: ClockKind): ClockController {
  return kind === 'manual' ? createManualClock() : createRealClock();
}
