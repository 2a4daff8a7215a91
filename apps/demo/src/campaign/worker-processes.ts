import { spawn, type ChildProcess } from 'node:child_process';
import type { CampaignWorkerMessage, CampaignWorkerSettings } from './campaign-worker-settings';

export interface WorkerProcess {
  /** 1, 2, 3…: in the order started, a replacement gets the next number. */
  number: number;
  pid: number;
  /** Ends it at once, as a crash or `kill -9` would: no chance to finish what it holds. */
  kill(): void;
}

export interface WorkerProcesses {
  readonly running: readonly WorkerProcess[];
  /** Starts one more worker process and resolves once its BullMQ worker is connected. */
  start(): Promise<WorkerProcess>;
  /** Asks every worker to finish what it holds and exit; kills those still there after `graceMs`. */
  stopAll(graceMs?: number): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Worker processes running `node <script>`: the script is the campaign's worker entry (`campaign-worker.js`). */
export function createWorkerProcesses(script: string, settings: CampaignWorkerSettings): WorkerProcesses {
  const children = new Map<WorkerProcess, ChildProcess>();
  let started = 0;

  const start = async (): Promise<WorkerProcess> => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    started += 1;
    const worker: WorkerProcess = { number: started, pid: child.pid ?? 0, kill: () => child.kill('SIGKILL') };
    children.set(worker, child);
    child.once('exit', () => children.delete(worker));
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`Worker process ${worker.number} exited (code ${String(code)}) before it was ready.`));
      child.once('error', reject);
      child.once('exit', onExit);
      child.on('message', (message: CampaignWorkerMessage) => {
        if (message.type !== 'ready') return;
        child.off('exit', onExit);
        resolve();
      });
      child.send({ type: 'start', settings } satisfies CampaignWorkerMessage);
    });
    return worker;
  };

  return {
    get running() {
      return [...children.keys()];
    },
    start,
    async stopAll(graceMs = 5000) {
      const all = [...children.values()];
      for (const child of all) if (child.connected) child.send({ type: 'stop' } satisfies CampaignWorkerMessage);
      const timer = setTimeout(() => {
        for (const child of all) child.kill('SIGKILL');
      }, graceMs);
      await Promise.all(all.map(exited));
      clearTimeout(timer);
    },
  };
}
