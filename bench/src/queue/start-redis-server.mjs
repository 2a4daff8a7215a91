import { readFile } from 'node:fs/promises';
import { SmsError } from '@sms/core';
import { startRedisServer as startTestRedisServer } from '@sms/queue/testing';

/** CPU time (user + system) a process has used so far, in ms, from /proc (10 ms resolution); undefined elsewhere. */
export async function processCpuMs(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, so it is skipped by its closing parenthesis).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * A `redis-server` from PATH on a free loopback port, temporary folder, no persistence (`@sms/queue/testing`);
 * resolves to `{ skipped: reason }` when there is none, so the other benchmarks still run.
 */
export async function startRedisServer() {
  try {
    return await startTestRedisServer();
  } catch (error) {
    if (SmsError.isInstance(error)) return { skipped: error.message };
    throw error;
  }
}
