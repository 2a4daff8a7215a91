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
  /** Ends the server and removes its temporary directory. */
  stop(): Promise<void>;
}

export interface StartRedisServerOptions {
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

/**
 * Starts a real `redis-server` (from PATH) on a free loopback port with a temporary directory and no
 * persistence, for tests; `stop()` ends it and removes the directory.
 */
export async function startRedisServer(options: StartRedisServerOptions = {}): Promise<RedisServer> {
  const command = options.command ?? 'redis-server';
  if (typeof command !== 'string' || command === '')
    throw new SmsError('startRedisServer: `command` must be the name or path of a redis-server executable.', {
      code: 'INVALID_INPUT',
    });
  const directory = await mkdtemp(join(tmpdir(), 'sms-queue-redis-'));
  const port = await freePort();
  const child = spawn(
    command,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
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
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited(child);
    await rm(directory, { recursive: true, force: true });
  };
  try {
    for (let tries = 0; ; tries += 1) {
      if (await Promise.race([ping(port), failed])) break;
      if (tries > 100)
        throw new SmsError(`startRedisServer: ${command} did not answer on port ${port} within 5 seconds.`, {
          code: 'TIMEOUT',
        });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}
