import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { startRedisServer } from './start-redis-server';

describe('startRedisServer', () => {
  it('keeps the jobs through a restart on the same port when persistence is on', async () => {
    const redis = await startRedisServer({ persistence: true });
    const queue = new Queue(`restart-${randomUUID()}`, { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      await queue.add('kept', { value: 1 }, { jobId: 'kept-job' });
      await redis.restart();
      expect((await queue.getJob('kept-job'))?.data).toEqual({ value: 1 });
    } finally {
      await queue.close();
      await redis.stop();
    }
  });

  it('loses everything in a restart without persistence (the default)', async () => {
    const redis = await startRedisServer();
    const queue = new Queue(`restart-${randomUUID()}`, { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      await queue.add('lost', { value: 1 }, { jobId: 'lost-job' });
      await redis.restart();
      expect(await queue.getJob('lost-job')).toBeUndefined();
    } finally {
      await queue.close();
      await redis.stop();
    }
  });
});
