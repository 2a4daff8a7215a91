import { randomUUID } from 'node:crypto';
import { createSmsClient, SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { waitUntilSettled } from '../test-support/wait-until-settled';
import { createSmsWorker } from '../worker/create-sms-worker';
import { createSmsQueue } from './create-sms-queue';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

function setUp() {
  const name = `sms-${randomUUID()}`;
  const memory = createMemoryProvider();
  const client = createSmsClient({ providers: memory });
  const queue = createSmsQueue({ connection: redis.url, name });
  const worker = createSmsWorker({ connection: redis.url, name, client });
  const close = async () => {
    await worker.close();
    await queue.close();
  };
  return { name, memory, client, queue, worker, close };
}

describe('createSmsQueue', () => {
  it('sends through the worker and reports the result', async () => {
    const { memory, queue, close } = setUp();
    try {
      const sendAt = new Date(Date.now() + 3_600_000);
      const enqueued = await queue.send({ to: '+989121234567', text: 'hello', sendAt }, { idempotencyKey: 'order:1' });
      expect(enqueued).toMatchObject({ idempotencyKey: 'order:1', created: true });
      expect(['queued', 'sending', 'sent']).toContain(enqueued.state);

      const status = await waitUntilSettled(queue, enqueued.jobId);
      expect(status.state).toBe('sent');
      expect(status.refusals).toBe(0);
      expect(status.result?.provider).toBe('memory');
      expect(status.result?.messages).toEqual([
        expect.objectContaining({ to: '+989121234567', status: 'scheduled', id: memory.messages[0]?.id }),
      ]);
      expect(status.result?.sendAt).toEqual(sendAt);
      // The message reached the provider as written, its sendAt a Date again.
      expect(memory.messages).toHaveLength(1);
      expect(memory.messages[0]).toMatchObject({ to: '+989121234567', text: 'hello', sendAt });
      // By idempotency key as well as by job id.
      expect(await queue.status('order:1')).toEqual(status);
      expect(await queue.status('no-such-job')).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('sends batches and templates through the client', async () => {
    const name = `sms-${randomUUID()}`;
    const memory = createMemoryProvider();
    const client = createSmsClient({
      providers: memory,
      templates: { otp: { memory: { template: 'otp-template' } } },
    });
    const queue = createSmsQueue({ connection: redis.url, name });
    const worker = createSmsWorker({ connection: redis.url, name, client });
    try {
      const batch = await queue.sendBatch([
        { to: '+989121234567', text: 'one' },
        { to: '+989121234568', text: 'two' },
      ]);
      const template = await queue.sendTemplate({ to: '+989121234569', template: 'otp', params: { code: '1234' } });
      expect((await waitUntilSettled(queue, batch.jobId)).result?.messages).toHaveLength(2);
      expect((await waitUntilSettled(queue, template.jobId)).state).toBe('sent');
      expect(memory.messages.map((message) => message.to).sort()).toEqual([
        '+989121234567',
        '+989121234568',
        '+989121234569',
      ]);
      expect(memory.messages.find((message) => message.to === '+989121234569')?.template).toMatchObject({
        id: 'otp-template',
      });
    } finally {
      await worker.close();
      await queue.close();
    }
  });

  it('enqueues the same idempotency key once and answers the second call with the first job', async () => {
    const { memory, queue, close } = setUp();
    try {
      const first = await queue.send({ to: '+989121234567', text: 'once' }, { idempotencyKey: 'otp:42' });
      await waitUntilSettled(queue, first.jobId);
      // The same message with its keys in another order is the same message.
      const second = await queue.send({ text: 'once', to: '+989121234567' }, { idempotencyKey: 'otp:42' });
      expect(second).toEqual({ jobId: first.jobId, idempotencyKey: 'otp:42', state: 'sent', created: false });
      expect(memory.messages.map((message) => message.text)).toEqual(['once']);
    } finally {
      await close();
    }
  });

  it('refuses a key enqueued before with another message, naming the first job, and adds nothing', async () => {
    const { memory, queue, close } = setUp();
    try {
      const first = await queue.send({ to: '+989121234567', text: 'once' }, { idempotencyKey: 'otp:43' });
      await waitUntilSettled(queue, first.jobId);
      const refused = await queue
        .send({ to: '+989121234567', text: 'twice?' }, { idempotencyKey: 'otp:43' })
        .catch((error: unknown) => error);
      expect(SmsError.isInstance(refused) && refused.code).toBe('INVALID_INPUT');
      expect((refused as SmsError).message).toContain(first.jobId);
      // Another provider is another message too.
      await expect(
        queue.send({ to: '+989121234567', text: 'once' }, { idempotencyKey: 'otp:43', provider: 'other' }),
      ).rejects.toSatisfy((error) => SmsError.isInstance(error) && error.code === 'INVALID_INPUT');
      expect(memory.messages.map((message) => message.text)).toEqual(['once']);
      expect((await queue.status('otp:43'))?.state).toBe('sent');
    } finally {
      await close();
    }
  });

  it('sends once per key when two queue objects on their own connections enqueue the same keys at once', async () => {
    const { name, memory, queue, close } = setUp();
    const other = createSmsQueue({ connection: { host: '127.0.0.1', port: redis.port }, name });
    try {
      const keys = Array.from({ length: 50 }, (_, index) => `key-${index}`);
      const calls = keys.flatMap((key, index) => [
        queue.send({ to: '+989121234567', text: `message ${index}` }, { idempotencyKey: key }),
        other.send({ to: '+989121234567', text: `message ${index}` }, { idempotencyKey: key }),
      ]);
      const results = await Promise.all(calls);
      for (let index = 0; index < keys.length; index += 1) {
        const [a, b] = [results[2 * index]!, results[2 * index + 1]!];
        expect(a.jobId).toBe(b.jobId);
        expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
      }
      for (const result of results) await waitUntilSettled(queue, result.jobId);
      expect(memory.messages).toHaveLength(keys.length);
    } finally {
      await other.close();
      await close();
    }
  });

  it('refuses invalid input before anything is enqueued', async () => {
    const queue = createSmsQueue({ connection: redis.url, name: `sms-${randomUUID()}` });
    try {
      await expect(queue.send({ to: '+989121234567', text: '' })).rejects.toSatisfy(
        (error) => SmsError.isInstance(error) && error.code === 'INVALID_INPUT',
      );
      await expect(queue.send({ to: '+989121234567', text: 'hi' }, { idempotencyKey: '' })).rejects.toSatisfy(
        (error) => SmsError.isInstance(error) && error.code === 'INVALID_INPUT',
      );
      expect(await queue.queue.getJobCounts()).toMatchObject({ waiting: 0, delayed: 0 });
    } finally {
      await queue.close();
    }
  });
});
