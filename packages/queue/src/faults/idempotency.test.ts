import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@sms/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsQueue } from '../producer/create-sms-queue';
import { bundleChildScript } from '../test-support/bundle-child-script';
import {
  ENQUEUER_PROCESS_CONFIG_VARIABLE,
  type EnqueuedKey,
  type EnqueuerProcessConfig,
  type EnqueuerProcessEvent,
} from '../test-support/enqueuer-process-config';
import { createScriptProcessGroup } from '../test-support/script-process';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { startWorkerProcesses } from '../test-support/start-worker-processes';
import { recipientKey, testRecipients } from '../test-support/test-recipients';

// Two application processes enqueue the same 1,000 idempotency keys at the same moment: each key must make
// exactly one job, created by exactly one of them, and one message at the provider.
const KEYS = 1_000;

let directory: string;
let workerScript: string;
let enqueuerScript: string;
let redis: RedisServer;
let simulator: Simulator;
const group = createScriptProcessGroup();

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sms-queue-idempotency-'));
  [workerScript, enqueuerScript] = await Promise.all([
    bundleChildScript(new URL('../test-support/worker-process.ts', import.meta.url), directory, 'worker'),
    bundleChildScript(new URL('../test-support/enqueuer-process.ts', import.meta.url), directory, 'enqueuer'),
  ]);
  redis = await startRedisServer();
  simulator = await startSimulator({ deliveryDelayMs: null });
}, 60_000);

afterAll(async () => {
  await group.killAll();
  await simulator?.close();
  await redis?.stop();
  if (directory !== undefined) await rm(directory, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idempotency keys across processes', () => {
  it('sends 1,000 messages when two processes enqueue the same 1,000 keys at once', async () => {
    const name = `sms-idempotency-${randomUUID()}`;
    const enqueuers = [false, true].map((reverse) => {
      const config: EnqueuerProcessConfig = { redisUrl: redis.url, queueName: name, count: KEYS, reverse };
      return group.spawn<EnqueuerProcessEvent>(enqueuerScript, {
        [ENQUEUER_PROCESS_CONFIG_VARIABLE]: JSON.stringify(config),
      });
    });
    const workers = await startWorkerProcesses({
      group,
      file: workerScript,
      count: 2,
      config: {
        redisUrl: redis.url,
        queueName: name,
        ghasedakBaseUrl: simulator.baseUrls.ghasedak,
        concurrency: 10,
        lockDurationMs: 30_000,
        stalledIntervalMs: 30_000,
        reconcileAfterMs: 60_000,
      },
      ghasedakApiKey: simulator.credentials.ghasedak.apiKey,
    });
    const queue = createSmsQueue({ connection: redis.url, name });
    try {
      await Promise.all(enqueuers.map((enqueuer) => enqueuer.waitFor((event) => event.event === 'ready')));
      for (const enqueuer of enqueuers) enqueuer.writeLine('go');
      const reports = await Promise.all(
        enqueuers.map(async (enqueuer) => {
          const event = await enqueuer.waitFor((candidate) => candidate.event === 'enqueued');
          return event.event === 'enqueued' ? event.keys : [];
        }),
      );
      const [first, second] = reports as [EnqueuedKey[], EnqueuedKey[]];
      expect(first).toHaveLength(KEYS);
      expect(second).toHaveLength(KEYS);
      const createdTwice: string[] = [];
      const createdNever: string[] = [];
      for (let index = 0; index < KEYS; index += 1) {
        const [a, b] = [first[index]!, second[index]!];
        expect(a.key).toBe(b.key);
        expect(a.jobId).toBe(b.jobId);
        if (a.created && b.created) createdTwice.push(a.key);
        if (!a.created && !b.created) createdNever.push(a.key);
      }
      expect(createdTwice).toEqual([]);
      expect(createdNever).toEqual([]);
      // Both really raced: each created some of the jobs.
      expect(first.some((key) => key.created) && second.some((key) => key.created)).toBe(true);

      while ((await queue.queue.getJobCountByTypes('completed', 'failed')) < KEYS) await pause(100);
      const states = await Promise.all(first.map(async ({ jobId }) => (await queue.status(jobId))?.state));
      expect(states.filter((state) => state !== 'sent')).toEqual([]);
      const ledger = simulator.messages({ provider: 'ghasedak' }).map((message) => recipientKey(message.recipient));
      expect(ledger).toHaveLength(KEYS);
      expect(new Set(ledger)).toEqual(new Set(testRecipients(KEYS).map(recipientKey)));
      console.info(
        `idempotency test: ${KEYS} keys enqueued by two processes at once; created by the first ` +
          `${first.filter((key) => key.created).length}, by the second ${second.filter((key) => key.created).length}; ` +
          `${ledger.length} messages at the simulator`,
      );
    } finally {
      await workers.stopAll();
      await queue.close();
    }
  }, 120_000);
});
