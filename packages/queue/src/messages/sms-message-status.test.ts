import { randomUUID } from 'node:crypto';
import { createSmsClient, SmsError, type DeliveryReport, type SmsProvider } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/memory';
import { createWebhookHandler } from '@sms/core/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobIdOf } from '../jobs/job-id-of';
import type { SmsJobData } from '../jobs/sms-job-data';
import { createSmsQueue, type SmsQueue } from '../producer/create-sms-queue';
import type { SmsQueueOptions } from '../producer/sms-queue-types';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { waitFor } from '../test-support/wait-for';
import { waitUntilSettled } from '../test-support/wait-until-settled';
import { createSmsWorker } from '../worker/create-sms-worker';
import type { SmsWorkerOptions } from '../worker/sms-worker-types';
import { messageRedisOf } from './message-redis';
import { CLAIM_STATUS_POLL, runMessageScript } from './message-scripts';
import type { SmsMessageRecord } from './sms-message-record';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

const SECRET = 'a-webhook-secret-of-enough-length';

function setUp(
  providers: SmsProvider | SmsProvider[],
  workerOptions: Partial<SmsWorkerOptions> = {},
  queueOptions: Partial<SmsQueueOptions> = {},
) {
  const name = `sms-${randomUUID()}`;
  const client = createSmsClient({ providers });
  const sms = createSmsQueue({ connection: redis.url, name, ...queueOptions });
  const worker = createSmsWorker({ connection: redis.url, name, client, backoff: { delayMs: 10 }, ...workerOptions });
  const close = async () => {
    await worker.close();
    await sms.close();
  };
  return { sms, worker, client, close };
}

/** The queue's own Redis connection (ioredis under BullMQ 5 and 6), for plain commands. */
async function redisOf(sms: SmsQueue) {
  return (await messageRedisOf(sms.queue)) as unknown as {
    ttl(key: string): Promise<number>;
    del(key: string): Promise<number>;
  };
}

async function ttlOf(sms: SmsQueue, key: string): Promise<number> {
  return (await redisOf(sms)).ttl(key);
}

const report = (id: string, status: DeliveryReport['status'], extra: Partial<DeliveryReport> = {}): DeliveryReport => ({
  provider: 'memory',
  id,
  status,
  providerStatus: status,
  raw: null,
  ...extra,
});

const states = (records: SmsMessageRecord[]) => records.map((record) => record.state);

describe('message status', () => {
  it('writes one record per recipient when a job is sent, found by job id, key, reference and provider id', async () => {
    const memory = createMemoryProvider();
    const { sms, close } = setUp(memory);
    try {
      const { jobId } = await sms.send(
        { to: ['09121234567', '+989121234568', '+989121234569'], text: 'hello', reference: 'order-7' },
        { idempotencyKey: 'order:7' },
      );
      await waitUntilSettled(sms, jobId);
      const records = await sms.messages({ jobId });
      expect(records).toHaveLength(3);
      expect(records.map((record) => record.to)).toEqual(['+989121234567', '+989121234568', '+989121234569']);
      expect(records.map((record) => record.id)).toEqual(memory.messages.map((message) => message.id));
      expect(records[0]).toMatchObject({
        jobId,
        idempotencyKey: 'order:7',
        index: 0,
        provider: 'memory',
        reference: 'order-7',
        state: 'sent',
        deliveryStatus: 'sent',
      });
      expect(records[0]!.settledAt).toBeInstanceOf(Date);

      expect(await sms.messages({ idempotencyKey: 'order:7' })).toEqual(records);
      expect(await sms.messages({ reference: 'order-7' })).toHaveLength(3);
      expect(await sms.messages({ provider: 'memory', id: records[1]!.id! })).toEqual([records[1]]);
      expect(await sms.messages({ jobId }, { offset: 1, limit: 1 })).toEqual([records[1]]);
      expect(await sms.messages({ reference: 'no such reference' })).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps every record and index for the queue retention', async () => {
    const memory = createMemoryProvider();
    const { sms, close } = setUp(memory, {}, { retention: { ageSeconds: 3600 } });
    try {
      const { jobId } = await sms.send({ to: '+989121234567', text: 'kept', reference: 'kept-1' });
      await waitUntilSettled(sms, jobId);
      const [record] = await sms.messages({ jobId });
      const base = sms.queue.toKey('messages');
      const keys = [
        `${base}:record:${jobId}:0`,
        `${base}:by-job:${jobId}`,
        `${base}:by-reference:kept-1`,
        `${base}:by-provider-id:memory:${record!.id!}`,
        `${base}:awaiting-status`,
      ];
      for (const key of keys) {
        const ttl = await ttlOf(sms, key);
        expect(ttl, key).toBeGreaterThan(3500);
        expect(ttl, key).toBeLessThanOrEqual(3600);
      }
      // A reference of one message is a plain key; found from the first entry only.
      expect(await sms.messages({ reference: 'kept-1' })).toEqual([record]);
      expect(await sms.messages({ reference: 'kept-1' }, { offset: 1 })).toEqual([]);
      // A report keeps the record for the retention again, from the report on.
      await sms.recordDeliveryReports([report(record!.id!, 'delivered')]);
      expect(await ttlOf(sms, `${base}:record:${jobId}:0`)).toBeGreaterThan(3500);
    } finally {
      await close();
    }
  });

  it('moves a message from sent to delivered on a report, and never back', async () => {
    const memory = createMemoryProvider();
    const { sms, close } = setUp(memory);
    try {
      const { jobId } = await sms.send({ to: ['+989121234567', '+989121234568'], text: 'report me' });
      await waitUntilSettled(sms, jobId);
      const [first, second] = await sms.messages({ jobId });
      const at = new Date('2026-01-02T03:04:05Z');

      expect(
        await sms.recordDeliveryReports([
          report(first!.id!, 'delivered', { at, cost: 2 }),
          report(second!.id!, 'queued'),
          report('memory-does-not-exist', 'delivered'),
        ]),
      ).toEqual({ updated: 1, ignored: 1, notFound: 1 });
      expect(await sms.recordDeliveryReports([report(first!.id!, 'failed'), report(first!.id!, 'sent')])).toEqual({
        updated: 0,
        ignored: 2,
        notFound: 0,
      });
      expect(await sms.recordDeliveryReports([report(second!.id!, 'expired', { providerStatus: 'EXPIRED' })])).toEqual({
        updated: 1,
        ignored: 0,
        notFound: 0,
      });

      const [delivered, expired] = await sms.messages({ jobId });
      expect(delivered).toMatchObject({ state: 'delivered', deliveryStatus: 'delivered', cost: 2, deliveredAt: at });
      expect(expired).toMatchObject({ state: 'failed', deliveryStatus: 'expired', providerStatus: 'EXPIRED' });
      expect(expired!.deliveredAt).toBeUndefined();
      expect(await sms.recordDeliveryReports([])).toEqual({ updated: 0, ignored: 0, notFound: 0 });
    } finally {
      await close();
    }
  });

  it('takes a webhook handler’s delivery reports with a one-line callback', async () => {
    const memory = createMemoryProvider();
    const { sms, close } = setUp(memory);
    try {
      const handler = createWebhookHandler({
        provider: memory,
        secret: SECRET,
        onDeliveryReport: (delivery) => sms.recordDeliveryReports([delivery]).then(() => undefined),
        onInbound: () => undefined,
      });
      const { jobId } = await sms.send({ to: '+989121234567', text: 'webhook' });
      await waitUntilSettled(sms, jobId);
      const [record] = await sms.messages({ jobId });
      const answer = await handler.handle(
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: { id: record!.id, status: 'delivered' },
          pathSecret: SECRET,
          clientAddress: '127.0.0.1',
        },
        {},
      );
      expect(answer.status).toBe(200);
      expect(states(await sms.messages({ jobId }))).toEqual(['delivered']);
    } finally {
      await close();
    }
  });

  it('records failed and unknown recipients with the job’s error', async () => {
    const memory = createMemoryProvider();
    memory.failWith(new SmsError('This sender line is not yours', { code: 'INVALID_SENDER', provider: 'memory' }), 1);
    const lost: SmsProvider = {
      id: 'lost',
      capabilities: memory.capabilities,
      send: () => Promise.reject(new SmsError('No answer in time', { code: 'TIMEOUT', provider: 'lost' })),
      close: async () => undefined,
    };
    const refused = setUp(memory);
    const timedOut = setUp(lost);
    try {
      const failed = await refused.sms.send({ to: ['+989121234567', '+989121234568'], text: 'refused' });
      const unknown = await timedOut.sms.send({ to: '+989121234569', text: 'lost' });
      await waitUntilSettled(refused.sms, failed.jobId);
      await waitUntilSettled(timedOut.sms, unknown.jobId);
      const failedRecords = await refused.sms.messages({ jobId: failed.jobId });
      expect(failedRecords).toHaveLength(2);
      expect(failedRecords[1]).toMatchObject({
        state: 'failed',
        to: '+989121234568',
        error: { code: 'INVALID_SENDER', message: 'This sender line is not yours' },
      });
      expect(failedRecords[1]!.id).toBeUndefined();
      expect(await timedOut.sms.messages({ jobId: unknown.jobId })).toMatchObject([
        { state: 'unknown', to: '+989121234569', error: { code: 'TIMEOUT' } },
      ]);
    } finally {
      await refused.close();
      await timedOut.close();
    }
  });

  it('answers queued records for a job no worker has taken yet', async () => {
    const name = `sms-${randomUUID()}`;
    const sms = createSmsQueue({ connection: redis.url, name });
    try {
      const { jobId } = await sms.send({ to: ['+989121234567', '+989121234568'], text: 'waiting' });
      expect(await sms.messages({ jobId })).toMatchObject([
        { state: 'queued', to: '+989121234567', index: 0 },
        { state: 'queued', to: '+989121234568', index: 1 },
      ]);
      expect(await sms.messages({ jobId: 'sms-no-such-job' })).toEqual([]);
    } finally {
      await sms.close();
    }
  });

  it('finds a campaign’s records, page by page or all at once', async () => {
    const memory = createMemoryProvider();
    const { sms, close } = setUp(memory);
    try {
      const jobIds: string[] = [];
      for (let chunk = 0; chunk < 3; chunk += 1) {
        const idempotencyKey = `campaign-1:${chunk}`;
        const data: SmsJobData = {
          operation: 'send',
          message: { to: ['+98912123450' + String(chunk), '+98912123451' + String(chunk)], text: 'sale' },
          idempotencyKey,
          campaignId: 'campaign-1',
          enqueueId: randomUUID(),
          enqueuedAt: new Date().toISOString(),
        };
        const jobId = jobIdOf(idempotencyKey);
        await sms.queue.add('send', data, { jobId, attempts: 1 });
        jobIds.push(jobId);
      }
      for (const jobId of jobIds) await waitUntilSettled(sms, jobId);

      const all: SmsMessageRecord[] = [];
      for await (const record of sms.eachMessage({ campaignId: 'campaign-1' })) all.push(record);
      expect(all).toHaveLength(6);
      expect(new Set(all.map((record) => record.id)).size).toBe(6);
      expect(all.every((record) => record.campaignId === 'campaign-1' && record.state === 'sent')).toBe(true);
      const pages = [
        ...(await sms.messages({ campaignId: 'campaign-1' }, { limit: 4 })),
        ...(await sms.messages({ campaignId: 'campaign-1' }, { offset: 4, limit: 4 })),
      ];
      expect(pages.map((record) => record.id)).toEqual(all.map((record) => record.id));
      expect(await sms.messages({ campaignId: 'campaign-2' })).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses a query or page it cannot read with INVALID_INPUT', async () => {
    const sms = createSmsQueue({ connection: redis.url, name: `sms-${randomUUID()}` });
    try {
      const bad: unknown[] = [{}, { jobId: '' }, { jobId: 'a', reference: 'b' }, { provider: 'memory' }, null, 'job'];
      for (const query of bad)
        await expect(sms.messages(query as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(sms.messages({ jobId: 'a' }, { limit: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(sms.messages({ jobId: 'a' }, { offset: -1 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(sms.recordDeliveryReports([{ id: 1 }] as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect(() =>
        createSmsWorker({
          connection: redis.url,
          client: createSmsClient({ providers: createMemoryProvider() }),
          statusPolls: { everyMs: 0 },
        }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }) as Error);
    } finally {
      await sms.close();
    }
  });
});

describe('status polls', () => {
  it('polls the provider for sent messages and records what it answers; skips a provider without status', async () => {
    const memory = createMemoryProvider();
    const noStatus: MemoryProvider = createMemoryProvider({ id: 'quiet', capabilities: { status: false } });
    const { sms, close } = setUp([memory, noStatus], { statusPolls: { everyMs: 30, chunkSize: 1 } });
    try {
      const viaMemory = await sms.send({ to: ['+989121234567', '+989121234568'], text: 'poll me' });
      const viaQuiet = await sms.send({ to: '+989121234569', text: 'not me' }, { provider: 'quiet' });
      await waitUntilSettled(sms, viaMemory.jobId);
      await waitUntilSettled(sms, viaQuiet.jobId);
      memory.setStatus(memory.messages[0]!.id, 'delivered');
      memory.setStatus(memory.messages[1]!.id, 'rejected');

      const records = await waitFor(
        () => sms.messages({ jobId: viaMemory.jobId }),
        (found) => found.every((record) => record.state !== 'sent'),
      );
      expect(states(records)).toEqual(['delivered', 'failed']);
      expect(records[1]!.deliveryStatus).toBe('rejected');
      // chunkSize 1: one getStatus call per message.
      const statusCalls = memory.calls.filter((call) => call.method === 'getStatus');
      expect(statusCalls.length).toBeGreaterThanOrEqual(2);
      expect(statusCalls.every((call) => (call.input as unknown[]).length === 1)).toBe(true);
      expect(noStatus.calls.filter((call) => call.method === 'getStatus')).toEqual([]);
      expect(states(await sms.messages({ jobId: viaQuiet.jobId }))).toEqual(['sent']);
    } finally {
      await close();
    }
  });

  it('hands the due messages to one poller per period: a second claim in the same period gets none', async () => {
    const memory = createMemoryProvider();
    const { sms, close } = setUp(memory);
    try {
      const { jobId } = await sms.send({ to: ['+989121234567', '+989121234568'], text: 'claim me' });
      await waitUntilSettled(sms, jobId);
      const redis = await messageRedisOf(sms.queue);
      const base = sms.queue.toKey('messages');
      const every = 60_000;
      const claim = (now: number, token: string) =>
        runMessageScript(redis, CLAIM_STATUS_POLL, [base, now, every, 86_400_000, 100, token]);
      // Not due before a period has passed since the send.
      expect(await claim(Date.now(), 'worker-a')).toEqual([]);
      await (await redisOf(sms)).del(`${base}:status-poll-lock`);
      const later = Date.now() + every;
      const first = await claim(later, 'worker-a');
      const second = await claim(later, 'worker-b');
      expect(first).toEqual([
        'memory',
        memory.messages[0]!.id,
        '+989121234567',
        'memory',
        memory.messages[1]!.id,
        '+989121234568',
      ]);
      expect(second).toEqual([]);
    } finally {
      await close();
    }
  });
});
