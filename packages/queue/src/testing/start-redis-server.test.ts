import { createConnection } from 'node:net';
import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { startRedisServer } from './index';

function answer(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('error', reject);
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.once('data', (chunk) => {
      socket.destroy();
      resolve(chunk.toString());
    });
  });
}

describe('startRedisServer', () => {
  it('starts a redis-server on a loopback port that answers, and stop() ends it', async () => {
    const redis = await startRedisServer();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      expect(await answer(redis.port, 'PING')).toBe('+PONG\r\n');
    } finally {
      await redis.stop();
    }
    await expect(answer(redis.port, 'PING')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('says so with an SmsError when redis-server cannot be found', async () => {
    const missing = startRedisServer({ command: 'sms-no-such-redis-server' });
    await expect(missing).rejects.toSatisfy((error) => SmsError.isInstance(error) && error.code === 'UNSUPPORTED');
    await expect(missing).rejects.toThrow(/sms-no-such-redis-server was not found on PATH; install it/);
  });

  it('refuses a command that is not a string with INVALID_INPUT', async () => {
    await expect(startRedisServer({ command: 42 as never })).rejects.toMatchObject({
      name: 'SmsError',
      code: 'INVALID_INPUT',
    });
  });
});
