import { randomUUID } from 'node:crypto';
import { createSmsClient, SmsError, type SmsProvider } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { createGhasedak, type GhasedakProvider } from '@sms/ghasedak';
import { startSimulator, type Simulator } from '@sms/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmsQueue } from '../producer/create-sms-queue';
import { deferred } from '../test-support/deferred';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { waitUntilSettled } from '../test-support/wait-until-settled';
import { createSmsWorker, type SmsWorker } from './create-sms-worker';

let redis: RedisServer;
let simulator: Simulator;
let ghasedak: GhasedakProvider;
beforeAll(async () => {
  redis = await startRedisServer();
  simulator = await startSimulator({ deliveryDelayMs: null });
  ghasedak = createGhasedak({
    baseUrl: simulator.baseUrls.ghasedak,
    apiKey: simulator.credentials.ghasedak.apiKey,
    lineNumber: '30005088',
    timeoutMs: 3_000,
  });
});
afterEach(() => {
  simulator.reset();
});
afterAll(async () => {
  await ghasedak?.close();
  await simulator?.close();
  await redis?.stop();
});

// Fast lock expiry, so that a second worker takes over a "dead" worker's job within a second.
const takeover = { lockDurationMs: 1000, stalledIntervalMs: 300 };
async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const all: Item[] = [];
  for await (const item of items) all.push(item);
  return all;
}
const never = () => new Promise<never>(() => undefined);

/** A Ghasedak provider whose sends go out (or not), then never answer: a worker that died mid-request. */
function dying(when: 'after-request' | 'before-request' | 'after-first-message') {
  const out = deferred();
  const provider: SmsProvider = {
    id: ghasedak.id,
    capabilities: ghasedak.capabilities,
    async send(message, options) {
      if (when === 'after-request') await ghasedak.send(message, options);
      out.resolve();
      return never();
    },
    async sendBatch(messages, options) {
      if (when !== 'before-request')
        await ghasedak.sendBatch(when === 'after-request' ? messages : [messages[0]!], options);
      out.resolve();
      return never();
    },
    getStatus: (target, options) => ghasedak.getStatus(target, options),
    close: async () => undefined,
  };
  return { provider, out: out.promise };
}

/** Enqueues with a first worker that dies mid-request, then lets a second one (with `provider`) take over. */
async function interrupted(
  dead: ReturnType<typeof dying>,
  enqueue: (queue: ReturnType<typeof createSmsQueue>) => Promise<{ jobId: string }>,
  provider: SmsProvider,
  reconcileAfterMs = 0,
) {
  const name = `sms-${randomUUID()}`;
  const queue = createSmsQueue({ connection: redis.url, name });
  const first = createSmsWorker({
    connection: redis.url,
    name,
    client: createSmsClient({ providers: dead.provider }),
    ...takeover,
  });
  let second: SmsWorker | undefined;
  const close = async () => {
    await second?.close();
    await queue.close();
  };
  try {
    const { jobId } = await enqueue(queue);
    await dead.out;
    await first.worker.close(true);
    second = createSmsWorker({
      connection: redis.url,
      name,
      client: createSmsClient({ providers: provider }),
      reconcileAfterMs,
      ...takeover,
    });
    return { queue, jobId, status: await waitUntilSettled(queue, jobId), close };
  } catch (error) {
    await close();
    throw error;
  }
}

describe('reconciliation of a job whose worker stopped mid-request', () => {
  it('refuses a reconcileAfterMs or pageSize that is not a number of at least 0 (1 for pageSize)', async () => {
    const client = createSmsClient({ providers: ghasedak });
    for (const reconcileAfterMs of [-1, Number.NaN, '5' as never])
      expect(() => createSmsWorker({ connection: redis.url, client, reconcileAfterMs })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    const queue = createSmsQueue({ connection: redis.url, name: `sms-${randomUUID()}` });
    try {
      expect(() => queue.unsettled({ pageSize: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    } finally {
      await queue.close();
    }
  });

  it('settles a request that reached Ghasedak as sent, found by checkid, and does not send it again', async () => {
    const run = await interrupted(
      dying('after-request'),
      (queue) => queue.send({ to: ['09121111111', '09122222222'], text: 'once only' }),
      ghasedak,
      // The lookup waits for the grace period: the job is delayed, then comes back.
      1_500,
    );
    try {
      const recorded = simulator.messages({ provider: 'ghasedak' });
      expect(recorded).toHaveLength(2);
      expect(run.status.state).toBe('sent');
      expect(run.status.result?.messages).toEqual(
        recorded.map((message) =>
          expect.objectContaining({ id: message.id, reference: message.reference, status: 'sent' }),
        ),
      );
      // Each recipient's checkid names the job and the recipient.
      expect(recorded[0]!.reference).toMatch(/^q[0-9a-f]{16}-1$/);
      expect(recorded[1]!.reference).toBe(recorded[0]!.reference!.replace(/-1$/, '-2'));
    } finally {
      await run.close();
    }
  });

  it('sends once a request that never reached Ghasedak: not found by checkid, so provably not sent', async () => {
    const run = await interrupted(
      dying('before-request'),
      (queue) => queue.send({ to: '09121111111', text: 'late but once' }, { idempotencyKey: 'order:7' }),
      ghasedak,
    );
    try {
      const recorded = simulator.messages({ provider: 'ghasedak' });
      expect(recorded).toHaveLength(1);
      expect(run.status).toMatchObject({ state: 'sent', idempotencyKey: 'order:7' });
      expect(run.status.result?.messages).toEqual([
        expect.objectContaining({ to: '+989121111111', id: recorded[0]!.id, reference: recorded[0]!.reference }),
      ]);
    } finally {
      await run.close();
    }
  });

  it('sends again only the messages of a batch that did not reach Ghasedak', async () => {
    const run = await interrupted(
      dying('after-first-message'),
      (queue) =>
        queue.sendBatch([
          { to: '09121111111', text: 'first' },
          { to: '09122222222', text: 'second' },
        ]),
      ghasedak,
    );
    try {
      const recorded = simulator.messages({ provider: 'ghasedak' });
      expect(recorded.map((message) => message.text).sort()).toEqual(['first', 'second']);
      expect(run.status.state).toBe('sent');
      expect(run.status.result?.messages.map((message) => message.id).sort()).toEqual(
        recorded.map((message) => message.id).sort(),
      );
    } finally {
      await run.close();
    }
  });

  it('leaves recipients unknown when the lookup fails, and sends nothing', async () => {
    const failing: SmsProvider = {
      ...dying('after-request').provider,
      send: (message, options) => ghasedak.send(message, options),
      getStatus: () => Promise.reject(new SmsError('No answer in time', { code: 'TIMEOUT', provider: 'ghasedak' })),
    };
    const run = await interrupted(
      dying('after-request'),
      (queue) => queue.send({ to: '09121111111', text: 'maybe' }),
      failing,
    );
    try {
      expect(simulator.messages({ provider: 'ghasedak' })).toHaveLength(1);
      expect(run.status).toMatchObject({
        state: 'unknown',
        recipients: ['09121111111'],
        error: { code: 'INTERRUPTED', outcome: 'unknown' },
      });
      expect(run.status.error?.message).toContain('No answer in time');
      const [listed] = await collect(run.queue.unsettled());
      expect(listed?.recipients).toEqual([
        { to: '09121111111', reference: simulator.messages({ provider: 'ghasedak' })[0]!.reference },
      ]);
    } finally {
      await run.close();
    }
  });

  it('leaves recipients unknown at a provider that cannot look up by reference; unsettled() lists them and settle() records a decision', async () => {
    const memory = createMemoryProvider();
    const gate = deferred();
    const stuck: SmsProvider = {
      id: memory.id,
      capabilities: memory.capabilities,
      async send(message, options) {
        await memory.send(message, options);
        gate.resolve();
        return never();
      },
      close: async () => undefined,
    };
    const run = await interrupted(
      { provider: stuck, out: gate.promise },
      (queue) => queue.send({ to: ['+989121111111', '+989122222222'], text: 'who got it?' }, { idempotencyKey: 'k1' }),
      memory,
    );
    try {
      expect(memory.messages).toHaveLength(2);
      expect(run.status).toMatchObject({ state: 'unknown', recipients: ['+989121111111', '+989122222222'] });
      expect(run.status.error?.message).toContain('memory cannot look a message up by its reference');

      const listed = await collect(run.queue.unsettled({ pageSize: 1 }));
      expect(listed).toEqual([
        expect.objectContaining({
          jobId: run.jobId,
          idempotencyKey: 'k1',
          operation: 'send',
          text: 'who got it?',
          providers: ['memory'],
          recipients: [{ to: '+989121111111' }, { to: '+989122222222' }],
          error: expect.objectContaining({ code: 'INTERRUPTED' }),
          since: expect.any(Date),
          settledAt: expect.any(Date),
        }),
      ]);

      await expect(run.queue.settle('k1', { sent: ['+989120000000'] })).rejects.toSatisfy(
        (error) => SmsError.isInstance(error) && error.code === 'INVALID_INPUT',
      );
      const half = await run.queue.settle('k1', { sent: ['+989121111111'] });
      expect(half).toMatchObject({ state: 'unknown', recipients: ['+989122222222'] });
      const done = await run.queue.settle(run.jobId, { sent: ['+989122222222'] });
      expect(done).toMatchObject({
        state: 'sent',
        recipients: [],
        decided: { sent: ['+989121111111', '+989122222222'], notSent: [] },
      });
      expect(await collect(run.queue.unsettled())).toEqual([]);
      expect(memory.messages).toHaveLength(2);
    } finally {
      await run.close();
    }
  });
});
