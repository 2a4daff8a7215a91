import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../config/find-free-port';

export interface CampaignRedis {
  url: string;
  /** Where it came from, for the first lines the command prints. */
  origin: 'REDIS_URL' | 'redis-server';
  /** Stops the redis-server this started and removes its folder; leaves a REDIS_URL server alone. */
  stop(): Promise<void>;
}

/** No REDIS_URL and no redis-server on PATH: the message says both ways out. */
export class MissingRedisError extends Error {
  constructor(reason: string) {
    super(
      `The campaign needs Redis, and ${reason}. Either install redis-server ` +
        '(Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) so the campaign can start ' +
        'its own on a free port, or point it at a running one: REDIS_URL=redis://127.0.0.1:6379 pnpm campaign',
    );
    this.name = 'MissingRedisError';
  }
}

function ping(port: number): Promise<boolean> {
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

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * `REDIS_URL` when it is set; otherwise a `redis-server` from PATH on a free loopback port, with a temporary
 * folder and no persistence (nothing is left behind); otherwise `MissingRedisError`.
 */
export async function startLocalRedis(environment: NodeJS.ProcessEnv = process.env): Promise<CampaignRedis> {
  if (environment.REDIS_URL) return { url: environment.REDIS_URL, origin: 'REDIS_URL', stop: async () => {} };
  const directory = await mkdtemp(join(tmpdir(), 'sms-campaign-redis-'));
  const port = await findFreePort('127.0.0.1');
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', '', '--appendonly', 'no'],
    // Found on the PATH of `environment`, as a shell would.
    { stdio: 'ignore', env: environment },
  );
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited(child);
    await rm(directory, { recursive: true, force: true });
  };
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new MissingRedisError('REDIS_URL is not set and there is no redis-server on PATH')
          : error,
      ),
    );
    child.once('exit', (code) =>
      reject(new MissingRedisError(`REDIS_URL is not set and redis-server exited with code ${String(code)}`)),
    );
  });
  failed.catch(() => undefined);
  try {
    for (let tries = 0; ; tries += 1) {
      if (await Promise.race([ping(port), failed])) break;
      if (tries > 100) throw new MissingRedisError(`the redis-server it started did not answer on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, origin: 'redis-server', stop };
}
