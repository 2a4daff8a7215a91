import { spawn, type ChildProcess } from 'node:child_process';

export interface ScriptProcess<Event> {
  readonly pid: number;
  /** Every JSON line the process wrote on stdout, oldest first. */
  readonly events: readonly Event[];
  /** What it wrote on stderr so far, for failure messages. */
  stderr(): string;
  /** Resolves with the first event (already written or to come) that matches; rejects if the process ends first. */
  waitFor(matches: (event: Event) => boolean): Promise<Event>;
  /** Writes a line on its stdin. */
  writeLine(line: string): void;
  /** Sends the signal and resolves once the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  readonly running: boolean;
  readonly exited: Promise<void>;
}

export interface ScriptProcessGroup {
  /** Runs `node file` with these extra environment variables; its stdout is read as JSON lines. */
  spawn<Event>(file: string, environment: Record<string, string>): ScriptProcess<Event>;
  /** SIGKILLs every process of the group still running (for `afterAll`, whatever the test left). */
  killAll(): Promise<void>;
}

function exitedPromise(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

function spawnScript<Event>(file: string, environment: Record<string, string>): ScriptProcess<Event> {
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, ...environment },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const events: Event[] = [];
  const waiters = new Set<{ matches: (event: Event) => boolean; resolve: (event: Event) => void }>();
  let errorText = '';
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const line = pending.slice(0, end).trim();
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
      if (line === '') continue;
      const event = JSON.parse(line) as Event;
      events.push(event);
      for (const waiter of waiters)
        if (waiter.matches(event)) {
          waiters.delete(waiter);
          waiter.resolve(event);
        }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    errorText += chunk;
  });
  // A process killed while the test writes to it must not fail the test with EPIPE.
  child.stdin.on('error', () => undefined);
  const exited = exitedPromise(child);
  let running = true;
  void exited.then(() => {
    running = false;
  });

  return {
    pid: child.pid ?? -1,
    events,
    stderr: () => errorText,
    waitFor(matches) {
      const found = events.find(matches);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<Event>((resolve, reject) => {
        const waiter = { matches, resolve };
        waiters.add(waiter);
        void exited.then(() => {
          if (!waiters.delete(waiter)) return;
          reject(
            new Error(
              `The process ${String(child.pid)} (${file}) exited (${String(child.exitCode ?? child.signalCode)}) ` +
                `before the awaited line. Its stderr:\n${errorText}`,
            ),
          );
        });
      });
    },
    writeLine(line) {
      child.stdin.write(`${line}\n`);
    },
    async kill(signal) {
      if (running) child.kill(signal);
      await exited;
    },
    get running() {
      return running;
    },
    exited,
  };
}

/** Child processes of a test, so that `afterAll` can kill whatever is left. */
export function createScriptProcessGroup(): ScriptProcessGroup {
  const started = new Set<ScriptProcess<unknown>>();
  return {
    spawn<Event>(file: string, environment: Record<string, string>) {
      const child = spawnScript<Event>(file, environment);
      started.add(child as ScriptProcess<unknown>);
      return child;
    },
    async killAll() {
      await Promise.all([...started].map((child) => child.kill('SIGKILL')));
      started.clear();
    },
  };
}
