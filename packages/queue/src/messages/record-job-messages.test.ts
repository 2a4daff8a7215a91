import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { createSmsQueue } from '../producer/create-sms-queue';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { messageRedisOf, type MessageRedis } from './message-redis';
import { recordJobMessages } from './record-job-messages';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

describe('recordJobMessages', () => {
  it('writes the records of a 100-recipient job in one script call', async () => {
    const sms = createSmsQueue({ connection: redis.url, name: `sms-${randomUUID()}` });
    try {
      const client = await messageRedisOf(sms.queue);
      let calls = 0;
      const counting: MessageRedis = {
        defineCommand: (name, definition) => client.defineCommand(name, definition),
        runCommand: (name, args) => {
          calls += 1;
          if (client.runCommand !== undefined) return client.runCommand(name, args);
          // BullMQ 5's ioredis client: a method per defined script.
          return (client as unknown as Record<string, (...values: unknown[]) => Promise<unknown>>)[name]!(...args);
        },
      };
      const to = Array.from({ length: 100 }, (_, index) => `+98912${String(1_000_000 + index)}`);
      const at = new Date().toISOString();
      const job = {
        id: 'sms-hundred',
        data: {
          operation: 'send',
          message: { to, text: 'hundred' },
          idempotencyKey: 'hundred',
          enqueueId: 'e',
          enqueuedAt: at,
        },
        opts: { removeOnComplete: { age: 600 } },
        queue: {
          toKey: (type: string) => sms.queue.toKey(type),
          backend: { client: Promise.resolve(counting) },
          emit: (_event: string, error: Error) => {
            throw error;
          },
        },
      } as unknown as Job<SmsJobData, SmsJobResult>;
      const result = {
        provider: 'memory',
        raw: null,
        messages: to.map((recipient, index) => ({ to: recipient, id: `m-${index}`, status: 'sent' as const })),
      };

      await recordJobMessages(job, { result, at });

      expect(calls).toBe(1);
      const records = await sms.messages({ jobId: 'sms-hundred' }, { limit: 1000 });
      expect(records.map((record) => record.id)).toEqual(result.messages.map((message) => message.id));
      expect(records.every((record) => record.state === 'sent')).toBe(true);
    } finally {
      await sms.close();
    }
  });
});
