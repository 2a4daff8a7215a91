import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SmsError } from '@sms/core';

/** A running `redis-server` of `startRedisServer`. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The process id of the server now running (it changes with `restart()`), to read its CPU time, say. */
  readonly pid: number | undefined;
  /**
   * Shuts the server down (SIGTERM: it writes its append-only file first) and starts it again on the same
   * port with the same directory; with `persistence`, the jobs are still there. Resolves once it answers.
   */
  restart(): Promise<void>;
  /** Ends the server and removes its temporary directory. */
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /**
   * Keep every write in an append-only file fsynced at once (`appendonly yes`, `appendfsync always`), so a
   * `restart()` loses nothing. Default: no persistence at all.
   */
  persistence?: boolean;
  /** The `redis-server` executable: a name looked up on PATH or a path. Default `redis-server`. */
  command?: string;
}

const INSTALL_HINT = 'install it (apt-get install redis-server, brew install redis) or pass `command`';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
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

async function waitUntilAnswering(port: number, failed: Promise<never>): Promise<void> {
  for (let tries = 0; ; tries += 1) {
    if (await Promise.race([ping(port), failed])) return;
    if (tries > 100)
      throw new SmsError(`startRedisServer: redis-server did not answer on port ${port} within 5 seconds.`, {
        code: 'TIMEOUT',
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function spawnRedisServer(
  command: string,
  port: number,
  directory: string,
  persistence: boolean,
): { child: ChildProcess; failed: Promise<never> } {
  const persistenceArguments = persistence
    ? ['--save', '', '--appendonly', 'yes', '--appendfsync', 'always']
    : ['--save', '', '--appendonly', 'no'];
  const child = spawn(
    command,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, ...persistenceArguments],
    {
      stdio: 'ignore',
    },
  );
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new SmsError(
          error.code === 'ENOENT'
            ? `startRedisServer: ${command} was not found on PATH; ${INSTALL_HINT}.`
            : `startRedisServer: could not start ${command} (${error.code ?? error.message}); ${INSTALL_HINT}.`,
          { code: 'UNSUPPORTED' },
        ),
      ),
    );
    child.once('exit', (code) =>
      reject(
        new SmsError(
          `startRedisServer: ${command} exited with code ${String(code)} before it answered; run it by hand to see why.`,
          { code: 'UNSUPPORTED' },
        ),
      ),
    );
  });
  failed.catch(() => undefined);
  return { child, failed };
}

/**
 * Starts a real `redis-server` (from PATH) on a free loopback port with a temporary directory, for tests;
 * `stop()` ends it and removes the directory. No persistence unless `persistence` is set.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const persistence = options.persistence ?? false;
  const command = options.command ?? 'redis-server';
  if (typeof command !== 'string' || command === '')
    throw new SmsError('startRedisServer: `command` must be the name or path of a redis-server executable.', {
      code: 'INVALID_INPUT',
    });
  const directory = await mkdtemp(join(tmpdir(), 'sms-queue-redis-'));
  const port = await freePort();
  let running = spawnRedisServer(command, port, directory, persistence);
  const shutDown = async (): Promise<void> => {
    running.child.kill('SIGTERM');
    await exited(running.child);
  };
  const stop = async (): Promise<void> => {
    await shutDown();
    await rm(directory, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(port, running.failed);
  } catch (error) {
    await stop();
    throw error;
  }
  const restart = async (): Promise<void> => {
    await shutDown();
    running = spawnRedisServer(command, port, directory, persistence);
    await waitUntilAnswering(port, running.failed);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return running.child.pid;
    },
    restart,
    stop,
  };
}
