import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createSmsClient, SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsQueue } from '../producer/create-sms-queue';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { waitFor } from '../test-support/wait-for';
import { waitUntilSettled } from '../test-support/wait-until-settled';
import { createSmsWorker } from '../worker/create-sms-worker';
import type { EnqueueEvent, EnqueuedEvent, JobEndEvent, JobEvent } from './sms-queue-hooks';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

const NUMBER = '+989121234567';
const TEXT = 'Your code is 4711';

/** A producer and a worker whose hooks record every event, with a trace id carried as a tracer would. */
function setUp() {
  const name = `sms-${randomUUID()}`;
  const trace = new AsyncLocalStorage<string>();
  const events = {
    beforeEnqueue: [] as EnqueueEvent[],
    enqueued: [] as EnqueuedEvent[],
    jobs: [] as JobEvent[],
    ends: [] as JobEndEvent[],
    // The trace id the client's own hook sees for each provider attempt.
    attempts: [] as (string | undefined)[],
  };
  const memory = createMemoryProvider();
  const client = createSmsClient({
    providers: memory,
    hooks: { beforeSend: () => void events.attempts.push(trace.getStore()) },
  });
  let traces = 0;
  const queue = createSmsQueue({
    connection: redis.url,
    name,
    hooks: {
      beforeEnqueue: (event) => {
        events.beforeEnqueue.push(event);
        traces += 1;
        return { traceparent: `trace-${traces}`, ignored: 42 as unknown as string };
      },
      onEnqueued: (event) => void events.enqueued.push(event),
    },
  });
  const worker = createSmsWorker({
    connection: redis.url,
    name,
    client,
    backoff: { delayMs: 10 },
    hooks: {
      aroundJob: (event, run) => {
        events.jobs.push(event);
        return trace.run(event.carrier.traceparent ?? 'none', run);
      },
      onJobEnd: (event) => void events.ends.push(event),
    },
  });
  const close = async () => {
    await worker.close();
    await queue.close();
  };
  return { memory, queue, events, close };
}

describe('queue and worker hooks', () => {
  it('carry what beforeEnqueue returns to the worker, so the provider attempt runs in the enqueue’s trace', async () => {
    const { queue, events, close } = setUp();
    try {
      const enqueued = await queue.send({ to: NUMBER, text: TEXT }, { idempotencyKey: 'otp:1' });
      await waitUntilSettled(queue, enqueued.jobId);
      await waitFor(
        async () => events.ends.length,
        (count) => count === 1,
      );

      expect(events.beforeEnqueue).toEqual([
        { operation: 'send', jobId: enqueued.jobId, idempotencyKey: 'otp:1', recipients: 1 },
      ]);
      expect(events.enqueued).toEqual([{ ...events.beforeEnqueue[0], created: true }]);
      // Only string fields travel.
      expect(events.jobs).toEqual([
        expect.objectContaining({
          jobId: enqueued.jobId,
          operation: 'send',
          recipients: 1,
          attempt: 1,
          reconciling: false,
          carrier: { traceparent: 'trace-1' },
        }),
      ]);
      expect(events.attempts).toEqual(['trace-1']);
      expect(events.ends).toEqual([expect.objectContaining({ end: 'sent', accepted: 1, attempt: 1 })]);
      expect(events.ends[0]?.durationMs).toBeGreaterThanOrEqual(0);

      // A repeated key: the hook says nothing new was added, and no job runs.
      await queue.send({ to: NUMBER, text: TEXT }, { idempotencyKey: 'otp:1' });
      expect(events.enqueued.at(-1)).toMatchObject({ jobId: enqueued.jobId, created: false });
      // Events name no phone number and no text.
      const everything = JSON.stringify(events);
      expect(everything).not.toContain('9121234567');
      expect(everything).not.toContain('4711');
    } finally {
      await close();
    }
  });

  it('tell a retry after a refusal (delayed) from a settled failure, with the error', async () => {
    const { memory, queue, events, close } = setUp();
    try {
      memory.failWith(new SmsError('Slow down', { code: 'RATE_LIMITED', outcome: 'not-sent', retryable: true }), 1);
      const retried = await queue.send({ to: NUMBER, text: TEXT });
      await waitUntilSettled(queue, retried.jobId);
      await waitFor(
        async () => events.ends.length,
        (count) => count === 2,
      );
      expect(events.ends.map((event) => [event.end, event.attempt])).toEqual([
        ['delayed', 1],
        ['sent', 2],
      ]);

      memory.failWith(new SmsError('Bad sender', { code: 'INVALID_SENDER', outcome: 'not-sent' }), 1);
      const failed = await queue.send({ to: NUMBER, text: TEXT });
      await waitUntilSettled(queue, failed.jobId);
      await waitFor(
        async () => events.ends.length,
        (count) => count === 3,
      );
      expect(events.ends[2]).toMatchObject({ end: 'failed', error: { code: 'INVALID_SENDER', outcome: 'not-sent' } });
    } finally {
      await close();
    }
  });

  it('run beforeEnqueue once for a campaign and carry its answer with every chunk', async () => {
    const { queue, events, close } = setUp();
    try {
      const recipients = Array.from({ length: 25 }, (_, index) => `+98912${String(1_000_000 + index)}`);
      const campaign = queue.campaign(recipients, { text: TEXT }, { chunkSize: 10 });
      await campaign.done();
      await waitFor(
        async () => events.ends.length,
        (count) => count === 3,
      );
      expect(events.beforeEnqueue).toEqual([{ operation: 'campaign', campaignId: campaign.id }]);
      expect(events.jobs.map((event) => [event.campaignId, event.carrier.traceparent, event.recipients])).toEqual(
        expect.arrayContaining([
          [campaign.id, 'trace-1', 10],
          [campaign.id, 'trace-1', 10],
          [campaign.id, 'trace-1', 5],
        ]),
      );
      expect(events.attempts).toEqual(['trace-1', 'trace-1', 'trace-1']);
    } finally {
      await close();
    }
  });

  it('never let a hook that throws break an enqueue or a send', async () => {
    const name = `sms-${randomUUID()}`;
    const memory = createMemoryProvider();
    const boom = () => {
      throw new Error('hook bug');
    };
    const queue = createSmsQueue({ connection: redis.url, name, hooks: { beforeEnqueue: boom, onEnqueued: boom } });
    const worker = createSmsWorker({
      connection: redis.url,
      name,
      client: createSmsClient({ providers: memory }),
      hooks: { onJobEnd: boom },
    });
    try {
      const enqueued = await queue.send({ to: NUMBER, text: TEXT });
      expect((await waitUntilSettled(queue, enqueued.jobId)).state).toBe('sent');
      expect(memory.messages).toHaveLength(1);
    } finally {
      await worker.close();
      await queue.close();
    }
  });
});
