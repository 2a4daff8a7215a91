import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER_SCRIPT = fileURLToPath(new URL('./minimal-provider-server.mjs', import.meta.url));

/**
 * Starts the minimal provider server in a separate process and returns a handle that talks to it over IPC.
 * `answerDelayMs` makes every answer wait that long (default 0: at once); `recordTimes` keeps each request's
 * arrival time for `times()` (ms since the epoch, since the last reset).
 * @returns {Promise<{ url: string, pid: number, stats(): Promise<object>, reset(): Promise<void>, times(): Promise<number[]>,
 *   capture(path: string): Promise<{ method: string, url: string, rawHeaders: string[], body: string }>, close(): Promise<void> }>}
 */
export async function startMinimalServer({ answerDelayMs = 0, recordTimes = false } = {}) {
  const args = answerDelayMs > 0 ? ['--answer-delay-ms', String(answerDelayMs)] : [];
  if (recordTimes) args.push('--record-times');
  const child = fork(SERVER_SCRIPT, args, { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 1;
  const pending = new Map();

  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the minimal server exited early (code ${code})`)));
    child.on('message', function onReady(message) {
      if (message.type !== 'ready') return;
      child.off('message', onReady);
      resolve(message.port);
    });
  });
  child.removeAllListeners('exit');
  child.on('message', (message) => {
    const waiting = pending.get(message.id);
    if (waiting === undefined) return;
    pending.delete(message.id);
    waiting(message);
  });

  const call = (message) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ ...message, id });
    });

  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stats() {
      return (await call({ type: 'stats' })).stats;
    },
    async times() {
      return (await call({ type: 'times' })).times;
    },
    async reset() {
      await call({ type: 'reset' });
    },
    async capture(path) {
      return (await call({ type: 'capture', path })).request;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await call({ type: 'close' });
      await exited;
    },
  };
}
