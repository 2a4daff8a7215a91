import { randomUUID } from 'node:crypto';
import { createSmsClient, SmsError, type TemplateRegistry } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/memory';
import { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsQueue, type SmsQueue } from '../producer/create-sms-queue';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { createSmsWorker, type SmsWorker } from '../worker/create-sms-worker';
import { campaignChunkJobId } from './campaign-chunk-job';
import { campaignKeys, runCampaignScript } from './campaign-redis';
import type { CampaignRecipientIssue, CampaignStatus } from './campaign-types';
import { CHUNKS_PER_ROUND_TRIP } from './enqueue-campaign';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

const phone = (index: number): string => `+98912${String(index).padStart(7, '0')}`;

interface SetUp {
  name: string;
  memory: MemoryProvider;
  queue: SmsQueue;
  startWorker(): SmsWorker;
  close(): Promise<void>;
}

function setUp(templates?: TemplateRegistry): SetUp {
  const name = `campaign-${randomUUID()}`;
  const memory = createMemoryProvider({ capabilities: { maxRecipientsPerRequest: 100, maxBatchSize: 50 } });
  const client = createSmsClient({ providers: memory, ...(templates === undefined ? {} : { templates }) });
  const queue = createSmsQueue({ connection: redis.url, name });
  const workers: SmsWorker[] = [];
  const startWorker = () => {
    const worker = createSmsWorker({ connection: redis.url, name, client, concurrency: 10 });
    workers.push(worker);
    return worker;
  };
  const close = async () => {
    for (const worker of workers) await worker.close();
    await queue.close();
  };
  return { name, memory, queue, startWorker, close };
}

async function collect(issues: AsyncIterable<CampaignRecipientIssue>): Promise<CampaignRecipientIssue[]> {
  const all: CampaignRecipientIssue[] = [];
  for await (const issue of issues) all.push(issue);
  return all;
}

async function until<Value>(read: () => Promise<Value>, done: (value: Value) => boolean): Promise<Value> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('campaign', () => {
  it('streams 2,500 recipients into provider-sized jobs without reading far ahead, and reports', async () => {
    const { memory, queue, startWorker, close } = setUp();
    try {
      let pulled = 0;
      async function* recipients() {
        for (let index = 0; index < 2500; index += 1) {
          pulled += 1;
          yield phone(index);
        }
      }
      // How far the generator was read each time chunks were added, against the recipients added so far.
      const aheadAtAdd: number[] = [];
      let added = 0;
      const addBulk = queue.queue.addBulk.bind(queue.queue);
      queue.queue.addBulk = async (jobs) => {
        aheadAtAdd.push(pulled - added);
        added += jobs.reduce((sum, job) => sum + (job.data.message as { to: string[] }).to.length, 0);
        return addBulk(jobs);
      };
      startWorker();
      const campaign = queue.campaign(
        recipients(),
        { text: 'Spring sale' },
        {
          capabilities: memory.capabilities,
          progressIntervalMs: 20,
        },
      );
      const progress: CampaignStatus[] = [];
      const finished = new Promise<CampaignStatus>((resolve) => campaign.on('done', resolve));
      campaign.on('progress', (status) => progress.push(status));

      const done = await campaign.done();
      expect(done).toMatchObject({ state: 'done', recipients: 2500, chunks: 25, settledChunks: 25 });
      expect(done.counts).toEqual({ queued: 0, sending: 0, sent: 2500, failed: 0, unknown: 0, canceled: 0 });
      expect((await finished).state).toBe('done');
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)?.counts.sent).toBe(2500);

      // Streamed: the first jobs were added after one round trip's worth of chunks, not after the whole list,
      // and the generator was never more than one round trip (plus the recipient that closed it) ahead.
      expect(aheadAtAdd[0]).toBeLessThanOrEqual(CHUNKS_PER_ROUND_TRIP * 100 + 1);
      expect(Math.max(...aheadAtAdd)).toBeLessThanOrEqual(CHUNKS_PER_ROUND_TRIP * 100 + 1);
      expect(aheadAtAdd).toHaveLength(3);

      // One request per chunk, each within the provider's limit; everyone once.
      const sends = memory.calls.filter((call) => call.method === 'send');
      expect(sends).toHaveLength(25);
      for (const call of sends) expect((call.input as { to: string[] }).to).toHaveLength(100);
      expect(new Set(memory.messages.map((message) => message.to)).size).toBe(2500);

      const report = await campaign.report();
      expect(report.counts.sent).toBe(2500);
      expect(await collect(report.issues())).toEqual([]);
      expect(await queue.campaignStatus(campaign.id)).toEqual(done);
      expect(await queue.campaignStatus('no-such-campaign')).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('adds nothing twice when an interrupted enqueue is run again with the same id', async () => {
    const { memory, queue, startWorker, close } = setUp();
    try {
      startWorker();
      const all = Array.from({ length: 1234 }, (_, index) => phone(index));
      async function* failing() {
        for (const [index, to] of all.entries()) {
          if (index === 1100) throw new Error('the export broke');
          yield to;
        }
      }
      const first = queue.campaign(failing(), { text: 'hi' }, { id: 'spring', chunkSize: 50 });
      await expect(first.enqueued()).rejects.toThrow('the export broke');
      // Two round trips of ten chunks went in before the failure.
      expect(await queue.campaignStatus('spring')).toMatchObject({ state: 'enqueuing', chunks: 20, recipients: 1000 });

      const second = queue.campaign(all, { text: 'hi' }, { id: 'spring', chunkSize: 50 });
      const done = await second.done();
      expect(done).toMatchObject({ state: 'done', chunks: 25, recipients: 1234 });
      expect(done.counts.sent).toBe(1234);
      // A third run of a finished campaign adds nothing either.
      const third = await queue.campaign(all, { text: 'hi' }, { id: 'spring', chunkSize: 50 }).enqueued();
      expect(third).toMatchObject({ chunks: 25, recipients: 1234 });
      await until(
        () => queue.queue.getJobCounts('waiting', 'active', 'delayed'),
        (counts) => Object.values(counts).every((count) => count === 0),
      );
      expect(memory.messages).toHaveLength(1234);
      expect(new Set(memory.messages.map((message) => message.to)).size).toBe(1234);
    } finally {
      await close();
    }
  });

  it('holds the chunks until sendAt, and cancel removes them', async () => {
    const { memory, queue, startWorker, close } = setUp();
    try {
      startWorker();
      const sendAt = new Date(Date.now() + 3_600_000);
      const recipients = Array.from({ length: 250 }, (_, index) => phone(index));
      const campaign = queue.campaign(recipients, { text: 'later' }, { sendAt });
      const enqueued = await campaign.enqueued();
      expect(enqueued).toMatchObject({ state: 'enqueued', chunks: 3, recipients: 250, sendAt, schedule: 'queue' });
      expect(await queue.queue.getJobCounts('delayed')).toEqual({ delayed: 3 });
      const job = await Job.fromId(queue.queue, campaignChunkJobId(campaign.id, 0));
      expect(job?.opts.delay).toBeGreaterThan(3_500_000);
      // The queue holds it: the message itself has no sendAt for the provider.
      expect(job?.data.message).not.toHaveProperty('sendAt');

      const canceled = await campaign.cancel();
      expect(canceled).toMatchObject({ state: 'canceled', settledChunks: 3 });
      expect(canceled.counts).toEqual({ queued: 0, sending: 0, sent: 0, failed: 0, unknown: 0, canceled: 250 });
      expect(await queue.queue.getJobCounts('delayed', 'waiting')).toEqual({ delayed: 0, waiting: 0 });
      expect((await queue.status(campaignChunkJobId(campaign.id, 0)))?.state).toBe('canceled');
      expect((await queue.status(`campaign:${campaign.id}:2`))?.state).toBe('canceled');
      expect((await campaign.done()).state).toBe('canceled');
      const issues = await collect((await campaign.report()).issues());
      expect(issues).toHaveLength(250);
      expect(new Set(issues.map((issue) => issue.state))).toEqual(new Set(['canceled']));
      expect(memory.messages).toHaveLength(0);
    } finally {
      await close();
    }
  });

  it('stops reading the recipients when canceled while enqueuing', async () => {
    const { queue, close } = setUp();
    try {
      let pulled = 0;
      async function* million() {
        for (let index = 0; index < 1_000_000; index += 1) {
          pulled += 1;
          yield phone(index);
        }
      }
      const campaign = queue.campaign(million(), { text: 'x' }, { chunkSize: 10 });
      const canceled = await campaign.cancel();
      expect(canceled.state).toBe('canceled');
      // At most the round trip under way when the cancel came, and the one it was reading for.
      expect(pulled).toBeLessThanOrEqual(2 * CHUNKS_PER_ROUND_TRIP * 10 + 1);
      expect(canceled.counts.canceled).toBe(canceled.recipients);
      expect(canceled.counts.queued).toBe(0);
      expect(await queue.queue.getJobCounts('waiting', 'delayed')).toEqual({ waiting: 0, delayed: 0 });
      expect((await campaign.enqueued()).state).toBe('canceled');
    } finally {
      await close();
    }
  });

  it('settles the chunks of a canceled campaign that a worker takes anyway as canceled, sending nothing', async () => {
    const { memory, queue, startWorker, close } = setUp();
    try {
      const campaign = queue.campaign(
        Array.from({ length: 120 }, (_, index) => phone(index)),
        { text: 'x' },
        { chunkSize: 50 },
      );
      await campaign.enqueued();
      // Canceled in Redis while its jobs stay queued, as when a cancel races the workers.
      await runCampaignScript(queue.queue, 'smsCampaignCancel', campaignKeys(queue.queue, campaign.id), ['now']);
      startWorker();
      const done = await campaign.done();
      expect(done.counts).toEqual({ queued: 0, sending: 0, sent: 0, failed: 0, unknown: 0, canceled: 120 });
      expect(memory.calls).toHaveLength(0);
      const status = await queue.status(campaignChunkJobId(campaign.id, 1));
      expect(status).toMatchObject({ state: 'canceled', error: { code: 'ABORTED', outcome: 'not-sent' } });
      expect(await collect((await queue.campaignReport(campaign.id))!.issues())).toHaveLength(120);
    } finally {
      await close();
    }
  });

  it('cancels a provider-scheduled campaign at the provider through the workers', async () => {
    const { memory, queue, startWorker, close } = setUp();
    try {
      startWorker();
      const sendAt = new Date(Date.now() + 3_600_000);
      const campaign = queue.campaign(
        Array.from({ length: 150 }, (_, index) => phone(index)),
        { text: 'scheduled there' },
        { sendAt, schedule: 'provider', capabilities: memory.capabilities },
      );
      const done = await campaign.done();
      expect(done.counts.sent).toBe(150);
      expect(memory.messages.every((message) => message.status === 'scheduled')).toBe(true);
      expect(memory.messages[0]?.sendAt).toEqual(sendAt);

      // From another process's queue, by id.
      const other = createSmsQueue({ connection: redis.url, name: queue.queue.name });
      try {
        expect((await other.cancelCampaign(campaign.id))?.state).toBe('canceled');
      } finally {
        await other.close();
      }
      const canceled = await until(
        () => campaign.counts(),
        (counts) => counts.canceled === 150,
      );
      expect(canceled).toEqual({ queued: 0, sending: 0, sent: 0, failed: 0, unknown: 0, canceled: 150 });
      expect(memory.messages.every((message) => message.status === 'canceled')).toBe(true);
      expect(memory.calls.filter((call) => call.method === 'cancel')).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('sends a template of the client’s registry with per-recipient params, and personalised messages', async () => {
    const { memory, queue, startWorker, close } = setUp({
      welcome: { memory: { template: 'welcome-template' } },
    });
    try {
      startWorker();
      const templated = queue.campaign(
        ['+989120000001', { to: '+989120000002', params: { name: 'Sara' } }, '+989120000003'],
        { template: 'welcome', params: { name: 'friend', shop: 'Kala' } },
      );
      expect((await templated.done()).counts.sent).toBe(3);
      const templates = memory.messages.map((message) => ({ to: message.to, template: message.template }));
      expect(templates).toEqual(
        expect.arrayContaining([
          { to: '+989120000001', template: { id: 'welcome-template', params: { name: 'friend', shop: 'Kala' } } },
          { to: '+989120000003', template: { id: 'welcome-template', params: { name: 'friend', shop: 'Kala' } } },
          { to: '+989120000002', template: { id: 'welcome-template', params: { name: 'Sara', shop: 'Kala' } } },
        ]),
      );
      // The two without params of their own share one request; Sara's has its own.
      expect(memory.calls.filter((call) => call.method === 'sendTemplate')).toHaveLength(2);

      memory.reset();
      const names = new Map(Array.from({ length: 120 }, (_, index) => [phone(index), `Customer ${index}`]));
      const personalised = queue.campaign(names.keys(), (recipient) => `Hello ${names.get(recipient.to)}`, {
        capabilities: memory.capabilities,
      });
      expect((await personalised.done()).counts.sent).toBe(120);
      const batches = memory.calls.filter((call) => call.method === 'sendBatch');
      // maxBatchSize 50.
      expect(batches.map((call) => (call.input as unknown[]).length)).toEqual([50, 50, 20]);
      expect(memory.messages.find((message) => message.to === phone(7))?.text).toBe('Hello Customer 7');

      // A recipient with a text of its own makes its chunk a batch.
      memory.reset();
      const mixed = queue.campaign([phone(1), { to: phone(2), text: 'Just for you' }], { text: 'For everyone' });
      expect((await mixed.done()).counts.sent).toBe(2);
      expect(memory.calls.map((call) => call.method)).toEqual(['sendBatch']);
      expect(memory.messages.map((message) => message.text)).toEqual(['For everyone', 'Just for you']);
    } finally {
      await close();
    }
  });

  it('counts and reports failed recipients', async () => {
    const { memory, queue, startWorker, close } = setUp();
    try {
      memory.failWith(
        new SmsError('Bad sender', { code: 'INVALID_SENDER', outcome: 'not-sent', provider: 'memory' }),
        1,
      );
      startWorker();
      const campaign = queue.campaign(
        Array.from({ length: 30 }, (_, index) => phone(index)),
        { text: 'x' },
        { chunkSize: 10 },
      );
      const done = await campaign.done();
      expect(done.counts).toMatchObject({ sent: 20, failed: 10 });
      const issues = await collect((await campaign.report()).issues());
      expect(issues).toHaveLength(10);
      expect(issues[0]).toMatchObject({ state: 'failed', error: { code: 'INVALID_SENDER' } });
    } finally {
      await close();
    }
  });

  it('refuses invalid input with INVALID_INPUT before anything is enqueued', async () => {
    const { queue, close } = setUp();
    try {
      const attempts: (() => unknown)[] = [
        () => queue.campaign(42 as never, { text: 'x' }),
        () => queue.campaign([], {} as never),
        () => queue.campaign([], { text: 'x' }, { chunkSize: 0 }),
        () => queue.campaign([], { text: 'x' }, { sendAt: new Date(Date.now() - 1000) }),
        () => queue.campaign([], { text: 'x' }, { schedule: 'provider' }),
        () => queue.campaign([], { text: 'x' }, { id: '' }),
      ];
      for (const attempt of attempts) expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
      const badRecipient = queue.campaign([phone(1), 7 as never], { text: 'x' });
      await expect(badRecipient.enqueued()).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect(await queue.queue.getJobCounts('waiting')).toEqual({ waiting: 0 });
    } finally {
      await close();
    }
  });
});

describe('cancel', () => {
  it('cancels a send no worker has taken, and leaves one that was sent', async () => {
    const { queue, memory, startWorker, close } = setUp();
    try {
      const queued = await queue.send({ to: phone(1), text: 'x' }, { idempotencyKey: 'order:1' });
      expect(await queue.cancel('order:1')).toBe('canceled');
      expect(await queue.status(queued.jobId)).toMatchObject({ state: 'canceled', idempotencyKey: 'order:1' });
      expect(await queue.cancel(queued.jobId)).toBe('canceled');
      expect(await queue.cancel('no-such-job')).toBeUndefined();

      startWorker();
      const sent = await queue.send({ to: phone(2), text: 'y' });
      await until(
        () => queue.status(sent.jobId),
        (status) => status?.state === 'sent',
      );
      expect(await queue.cancel(sent.jobId)).toBe('sent');
      expect(memory.messages.map((message) => message.to)).toEqual([phone(2)]);
    } finally {
      await close();
    }
  });
});
