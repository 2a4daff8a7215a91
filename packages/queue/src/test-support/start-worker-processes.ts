import type { ScriptProcess, ScriptProcessGroup } from './script-process';
import {
  WORKER_PROCESS_CONFIG_VARIABLE,
  type WorkerProcessConfig,
  type WorkerProcessEvent,
} from './worker-process-config';

export type WorkerProcess = ScriptProcess<WorkerProcessEvent>;

/** N worker processes (slots); a slot whose process was killed can be started again. */
export interface WorkerProcesses {
  /** The process currently in each slot. */
  readonly processes: readonly WorkerProcess[];
  /** Starts a new process in the slot (its previous one must have exited) and waits until it is ready. */
  restart(slot: number): Promise<WorkerProcess>;
  /** SIGKILLs the slot's process and waits until it is gone. */
  kill(slot: number): Promise<void>;
  /** SIGTERMs every running process (a graceful `worker.close()`) and waits until they have exited. */
  stopAll(): Promise<void>;
}

/** The first recipients of the jobs whose provider request the process started and has no answer for. */
export function openRequestsOf(worker: WorkerProcess): string[] {
  const open = new Set<string>();
  for (const event of worker.events) {
    if (event.event === 'request') open.add(event.first);
    else if (event.event === 'answer') open.delete(event.first);
  }
  return [...open];
}

/** Starts `count` processes of the bundled worker script `file` and waits until each is ready. */
export async function startWorkerProcesses(options: {
  group: ScriptProcessGroup;
  file: string;
  count: number;
  config: WorkerProcessConfig;
  /** Given as `GHASEDAK_API_KEY`. */
  ghasedakApiKey: string;
}): Promise<WorkerProcesses> {
  const environment = {
    [WORKER_PROCESS_CONFIG_VARIABLE]: JSON.stringify(options.config),
    GHASEDAK_API_KEY: options.ghasedakApiKey,
  };
  const startOne = async (): Promise<WorkerProcess> => {
    const worker = options.group.spawn<WorkerProcessEvent>(options.file, environment);
    await worker.waitFor((event) => event.event === 'ready');
    return worker;
  };
  const processes = await Promise.all(Array.from({ length: options.count }, startOne));
  const at = (slot: number): WorkerProcess => {
    const worker = processes[slot];
    if (worker === undefined) throw new Error(`There is no worker slot ${slot}.`);
    return worker;
  };
  return {
    processes,
    async restart(slot) {
      if (at(slot).running) throw new Error(`Worker slot ${slot} still has a running process.`);
      processes[slot] = await startOne();
      return at(slot);
    },
    kill: (slot) => at(slot).kill('SIGKILL'),
    async stopAll() {
      await Promise.all(processes.map((worker) => worker.kill('SIGTERM')));
    },
  };
}
