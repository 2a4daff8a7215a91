import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER_SCRIPT = fileURLToPath(new URL('./benchmark-worker.mjs', import.meta.url));

/**
 * Runs one task in a fresh worker process (with `--expose-gc`, stdout to /dev/null) and resolves with its
 * result. A worker that does not answer within `timeoutMs` is killed and the case fails.
 */
export function runWorker(task, { timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER_SCRIPT, [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let settled = false;
    const finish = (settle) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(new Error(`${task.kind} ${task.variant} ${task.provider ?? ''} took longer than ${timeoutMs} ms`)),
      );
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('message', (message) => {
      finish(() => (message.ok ? resolve(message.result) : reject(new Error(message.error))));
    });
    child.once('exit', (code) =>
      finish(() => reject(new Error(`the worker exited with code ${code} before answering`))),
    );
    child.once('error', (error) => finish(() => reject(error)));
    child.send(task);
  });
}
