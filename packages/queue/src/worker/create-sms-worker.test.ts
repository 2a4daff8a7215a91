import { randomUUID } from 'node:crypto';
import { createSmsClient, SmsError, type SmsProvider } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsQueue } from '../producer/create-sms-queue';
import { createGatedProvider } from '../test-support/gated-provider';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { waitUntilSettled } from '../test-support/wait-until-settled';
import { createSmsWorker } from './create-sms-worker';
import type { SmsWorkerOptions } from './sms-worker-types';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

const sends = (memory: MemoryProvider) => memory.calls.filter((call) => call.method === 'send');

function setUp(provider: SmsProvider, options: Partial<SmsWorkerOptions> = {}) {
  const name = `sms-${randomUUID()}`;
  const client = createSmsClient({ providers: provider });
  const queue = createSmsQueue({ connection: redis.url, name });
  const worker = createSmsWorker({ connection: redis.url, name, client, backoff: { delayMs: 10 }, ...options });
  const close = async () => {
    await worker.close();
    await queue.close();
  };
  return { name, client, queue, worker, close };
}

describe('createSmsWorker', () => {
  it('retries a send refused with RATE_LIMITED (not-sent) and then sends it once', async () => {
    const memory = createMemoryProvider();
    memory.failWith(
      new SmsError('Too many requests', {
        code: 'RATE_LIMITED',
        provider: 'memory',
        retryAfterMs: 20,
        statusCode: 429,
      }),
      2,
    );
    const { queue, close } = setUp(memory);
    try {
      const { jobId } = await queue.send({ to: '+989121234567', text: 'retry me' });
      const status = await waitUntilSettled(queue, jobId);
      expect(status.state).toBe('sent');
      expect(status.refusals).toBe(2);
      expect(sends(memory)).toHaveLength(3);
      expect(memory.messages).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('fails after `attempts` proven refusals, keeping the last error', async () => {
    const memory = createMemoryProvider();
    memory.failWith(new SmsError('Too many requests', { code: 'RATE_LIMITED', provider: 'memory' }));
    const { queue, close } = setUp(memory, { attempts: 2 });
    try {
      const { jobId } = await queue.send({ to: '+989121234567', text: 'refused' });
      const status = await waitUntilSettled(queue, jobId);
      expect(status).toMatchObject({
        state: 'failed',
        refusals: 2,
        error: { code: 'RATE_LIMITED', outcome: 'not-sent' },
      });
      expect(sends(memory)).toHaveLength(2);
      expect(memory.messages).toHaveLength(0);
    } finally {
      await close();
    }
  });

  it('does not retry a refusal that is not retryable: the job is failed after one call', async () => {
    const memory = createMemoryProvider();
    memory.failWith(new SmsError('This sender line is not yours', { code: 'INVALID_SENDER', provider: 'memory' }));
    const { queue, close } = setUp(memory);
    try {
      const { jobId } = await queue.send({ to: '+989121234567', text: 'no' });
      const status = await waitUntilSettled(queue, jobId);
      expect(status).toMatchObject({
        state: 'failed',
        refusals: 1,
        error: { code: 'INVALID_SENDER', retryable: false },
      });
      expect(sends(memory)).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('does not retry a refusal that came after part of the send went through, and keeps what went through', async () => {
    const memory = createMemoryProvider();
    const partly: SmsProvider = {
      id: 'memory',
      capabilities: memory.capabilities,
      async send(message, options) {
        const sent = await memory.send({ ...message, to: '+989121234567' }, options);
        throw new SmsError('The second request was refused', {
          code: 'RATE_LIMITED',
          provider: 'memory',
          outcome: 'not-sent',
          result: {
            ...sent,
            messages: [
              ...sent.messages,
              {
                to: '+989121234568',
                status: 'failed',
                error: new SmsError('refused', { code: 'RATE_LIMITED', provider: 'memory' }),
              },
            ],
          },
        });
      },
      close: () => memory.close(),
    };
    const { queue, close } = setUp(partly);
    try {
      const { jobId } = await queue.send({ to: ['+989121234567', '+989121234568'], text: 'half' });
      const status = await waitUntilSettled(queue, jobId);
      expect(status).toMatchObject({ state: 'failed', refusals: 1, error: { code: 'RATE_LIMITED' } });
      expect(status.result?.messages).toEqual([
        expect.objectContaining({ to: '+989121234567', status: 'sent' }),
        expect.objectContaining({
          to: '+989121234568',
          status: 'failed',
          error: expect.objectContaining({ code: 'RATE_LIMITED' }),
        }),
      ]);
      expect(sends(memory)).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('never retries an unknown outcome: the job is unknown, its code kept, and the provider saw one send', async () => {
    const memory = createMemoryProvider();
    // Retryable by default, but the request may have gone out.
    memory.failWith(new SmsError('No answer in time', { code: 'TIMEOUT', provider: 'memory' }));
    const { queue, close } = setUp(memory, { attempts: 5 });
    try {
      const { jobId } = await queue.send({ to: ['+989121234567', '+989121234568'], text: 'maybe' });
      const status = await waitUntilSettled(queue, jobId);
      expect(status).toMatchObject({
        state: 'unknown',
        refusals: 0,
        recipients: ['+989121234567', '+989121234568'],
        error: { code: 'TIMEOUT', outcome: 'unknown', retryable: true, provider: 'memory' },
      });
      expect(sends(memory)).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('does not send again a job whose worker stopped mid-request: it settles as unknown', async () => {
    const stuck = createGatedProvider();
    const first = setUp(stuck.provider, { lockDurationMs: 1000, stalledIntervalMs: 300 });
    const memory = createMemoryProvider();
    let second: ReturnType<typeof createSmsWorker> | undefined;
    try {
      const { jobId } = await first.queue.send({ to: '+989121234567', text: 'in flight' });
      await stuck.entered;
      // The first worker "dies": it stops renewing its lock and never answers, its request still out.
      await first.worker.worker.close(true);
      // Another worker, started once the first has the job, finds it when the first one's lock expires.
      second = createSmsWorker({
        connection: redis.url,
        name: first.name,
        client: createSmsClient({ providers: memory }),
        lockDurationMs: 1000,
        stalledIntervalMs: 300,
      });
      const status = await waitUntilSettled(first.queue, jobId);
      expect(status).toMatchObject({
        state: 'unknown',
        recipients: ['+989121234567'],
        error: { code: 'INTERRUPTED', outcome: 'unknown' },
      });
      expect(sends(memory)).toHaveLength(0);
      expect(stuck.memory.calls).toHaveLength(0);
    } finally {
      await second?.close();
      await first.queue.close();
    }
  });

  it('close() waits for the send in flight to finish', async () => {
    const gated = createGatedProvider();
    const { queue, worker } = setUp(gated.provider);
    const order: string[] = [];
    try {
      const { jobId } = await queue.send({ to: '+989121234567', text: 'finish me' });
      await gated.entered;
      const closing = worker.close().then(() => order.push('closed'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push('answered');
      gated.gate.resolve();
      await closing;
      expect(order).toEqual(['answered', 'closed']);
      expect((await queue.status(jobId))?.state).toBe('sent');
      expect(gated.memory.messages).toHaveLength(1);
    } finally {
      await queue.close();
    }
  });
});

describe('createSmsWorker messageStatus', () => {
  it('writes no message record with messageStatus: false, and the job still reads sent', async () => {
    const memory = createMemoryProvider();
    const on = setUp(memory);
    const off = setUp(memory, { messageStatus: false });
    try {
      // Two queues, one worker each: the same send is recorded by one and not by the other.
      const recorded = await on.queue.send({ to: ['+989121234567', '+989121234568'], text: 'hi' });
      const unrecorded = await off.queue.send({ to: ['+989121234567', '+989121234568'], text: 'hi' });
      expect((await waitUntilSettled(on.queue, recorded.jobId)).state).toBe('sent');
      expect((await waitUntilSettled(off.queue, unrecorded.jobId)).state).toBe('sent');
      expect(await on.queue.messages({ jobId: recorded.jobId })).toHaveLength(2);
      expect(await off.queue.messages({ jobId: unrecorded.jobId })).toEqual([]);
    } finally {
      await on.close();
      await off.close();
    }
  });

  it('refuses a messageStatus that is not a boolean, and status polls without records', () => {
    const client = createSmsClient({ providers: createMemoryProvider() });
    for (const options of [
      { messageStatus: 'no' as unknown as boolean },
      { messageStatus: false, statusPolls: { everyMs: 60_000 } },
    ])
      expect(() => createSmsWorker({ connection: redis.url, client, ...options })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
  });
});
