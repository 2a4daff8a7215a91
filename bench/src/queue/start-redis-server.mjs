import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    socket.once('error', () => resolve(false));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.startsWith('+PONG'));
      }
    });
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

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
 * A `redis-server` from PATH on a free loopback port, temporary folder, no persistence; resolves to
 * `{ skipped: reason }` when there is none, so the other benchmarks still run.
 */
export async function startRedisServer() {
  const directory = await mkdtemp(join(tmpdir(), 'sms-bench-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(directory, { recursive: true, force: true });
  };
  const failed = new Promise((resolve) => {
    child.once('error', (error) =>
      resolve(
        error.code === 'ENOENT'
          ? 'no redis-server on PATH (apt-get install redis-server, brew install redis)'
          : `redis-server could not start: ${error.message}`,
      ),
    );
    child.once('exit', (code) => resolve(`redis-server exited with code ${code} before it answered`));
  });
  for (let tries = 0; tries <= 100; tries += 1) {
    const outcome = await Promise.race([ping(port), failed]);
    if (outcome === true) return { url: `redis://127.0.0.1:${port}`, pid: child.pid, stop };
    if (typeof outcome === 'string') {
      await stop();
      return { skipped: outcome };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  return { skipped: `redis-server did not answer on port ${port}` };
}
