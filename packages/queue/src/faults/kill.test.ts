import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@sms/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsQueue } from '../producer/create-sms-queue';
import { bundleChildScript } from '../test-support/bundle-child-script';
import { enqueueRecipients } from '../test-support/enqueue-recipients';
import { createScriptProcessGroup } from '../test-support/script-process';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import {
  openRequestsOf,
  startWorkerProcesses,
  type WorkerProcess,
  type WorkerProcesses,
} from '../test-support/start-worker-processes';
import { waitUntilAllSettled } from '../test-support/tally-recipients';
import { recipientKey, testRecipients } from '../test-support/test-recipients';

// The campaign of the issue: 10,000 recipients in jobs of 100, three worker processes SIGKILLed at random
// moments (some while their request is open at the simulator) and restarted, Redis restarted once. The
// simulator's own ledger then says who got a message, and the queue must never have sent one twice.
const RECIPIENTS = 10_000;
const CHUNK_SIZE = 100;
const WORKERS = 3;
const KILLS = 6;
// Every answer is this slow, so the campaign lasts long enough to be interrupted and requests stay open.
const ANSWER_DELAY_MS = 800;

let directory: string;
let workerScript: string;
let redis: RedisServer;
let simulator: Simulator;
const group = createScriptProcessGroup();

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sms-queue-kill-'));
  workerScript = await bundleChildScript(
    new URL('../test-support/worker-process.ts', import.meta.url),
    directory,
    'worker',
  );
  redis = await startRedisServer({ persistence: true });
  simulator = await startSimulator({ deliveryDelayMs: null, balance: { ghasedak: 1_000_000_000 } });
}, 60_000);

afterAll(async () => {
  await group.killAll();
  await simulator?.close();
  await redis?.stop();
  if (directory !== undefined) await rm(directory, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How often each recipient is in the simulator's ledger, by `recipientKey`. */
function ledgerCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of simulator.messages({ provider: 'ghasedak' })) {
    const key = recipientKey(message.recipient);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Waits until a worker has a request out whose recipients the simulator has already recorded (its answer is
 * held back by the `slow` fault) and returns that worker's slot, or `undefined` after `timeoutMs`.
 */
async function slotWithOpenRequest(workers: WorkerProcesses, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = workers.processes.map((worker) => (worker.running ? openRequestsOf(worker) : []));
    if (open.some((requests) => requests.length > 0)) {
      const ledger = ledgerCounts();
      const slot = open.findIndex((requests) => requests.some((first) => ledger.has(recipientKey(first))));
      if (slot >= 0) return slot;
    }
    await pause(20);
  }
  return undefined;
}

/**
 * Picks a running worker at random and waits until it reports an answer (the job is about to be marked done),
 * returning its slot at once; `undefined` if none comes within `timeoutMs`.
 */
async function slotJustAnswered(workers: WorkerProcesses, timeoutMs: number): Promise<number | undefined> {
  const running = workers.processes.flatMap((worker, slot) => (worker.running ? [slot] : []));
  const slot = running[Math.floor(Math.random() * running.length)];
  if (slot === undefined) return undefined;
  const worker = workers.processes[slot]!;
  const before = new Set(worker.events);
  const answered = worker.waitFor((event) => event.event === 'answer' && !before.has(event)).then(() => slot);
  const late = pause(timeoutMs).then(() => undefined);
  return await Promise.race([answered, late]);
}

/** Resolves once the worker announces a request after its `mark`-th event (so after Redis came back). */
async function waitForNewRequest(worker: WorkerProcess, mark: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!worker.events.slice(mark).some((event) => event.event === 'request')) {
    if (!worker.running) throw new Error(`Worker ${worker.pid} exited after the Redis restart:\n${worker.stderr()}`);
    if (Date.now() > deadline)
      throw new Error(`Worker ${worker.pid} took no job in 30 s after the Redis restart:\n${worker.stderr()}`);
    await pause(50);
  }
}

describe('the queue under SIGKILLed worker processes and a Redis restart', () => {
  it('sends no recipient twice, and every recipient is sent once or reported unknown or failed', async () => {
    const name = `sms-kill-${randomUUID()}`;
    const queue = createSmsQueue({ connection: redis.url, name });
    simulator.fault({ provider: 'ghasedak', kind: 'slow', delayMs: ANSWER_DELAY_MS, times: 1_000_000 });
    const workers = await startWorkerProcesses({
      group,
      file: workerScript,
      count: WORKERS,
      config: {
        redisUrl: redis.url,
        queueName: name,
        ghasedakBaseUrl: simulator.baseUrls.ghasedak,
        concurrency: 2,
        lockDurationMs: 2_000,
        stalledIntervalMs: 1_000,
        // Well past the slowest answer (ANSWER_DELAY_MS), so a request still on its way has landed by then.
        reconcileAfterMs: 3_000,
      },
      ghasedakApiKey: simulator.credentials.ghasedak.apiKey,
    });
    try {
      const recipients = testRecipients(RECIPIENTS);
      const chunks = await enqueueRecipients(queue, recipients, CHUNK_SIZE, {
        text: 'Kill test campaign',
        campaignId: name,
      });
      expect(chunks).toHaveLength(RECIPIENTS / CHUNK_SIZE);

      const kills = { total: 0, midRequest: 0, afterAnswer: 0, random: 0 };
      let redisRestarts = 0;
      for (let round = 0; round < KILLS; round += 1) {
        await pause(300 + Math.random() * 700);
        // Three kinds of moment in turn: a request open at the simulator, just after an answer came back (before
        // or while the job is marked done), and whatever is happening.
        const kind = (['midRequest', 'afterAnswer', 'random'] as const)[round % 3]!;
        const slot =
          kind === 'midRequest'
            ? await slotWithOpenRequest(workers, 5_000)
            : kind === 'afterAnswer'
              ? await slotJustAnswered(workers, 5_000)
              : Math.floor(Math.random() * WORKERS);
        if (slot === undefined) continue;
        const victim = workers.processes[slot]!;
        await workers.kill(slot);
        kills.total += 1;
        if (kind !== 'midRequest') kills[kind] += 1;
        // Open when it died: asked for, never answered, and recorded by the simulator.
        const ledger = ledgerCounts();
        if (openRequestsOf(victim).some((first) => ledger.has(recipientKey(first)))) kills.midRequest += 1;
        if (round === Math.floor(KILLS / 2)) {
          await redis.restart();
          redisRestarts += 1;
          // The workers that lived through it reconnect by themselves: each takes a new job from Redis.
          await Promise.all(
            workers.processes
              .filter((worker) => worker.running)
              .map((worker) => {
                const mark = worker.events.length;
                return waitForNewRequest(worker, mark);
              }),
          );
        }
        await workers.restart(slot);
      }

      const tally = await waitUntilAllSettled(queue, chunks);
      await workers.stopAll();
      // The campaign's own counters, kept by the workers as chunks settle, agree with every job's status.
      const campaign = await queue.campaignStatus(name);

      const ledger = ledgerCounts();
      const duplicates = [...ledger.values()].filter((count) => count > 1).length;
      const strangers = [...ledger.keys()].filter((key) => !tally.states.has(key));
      const wrong: string[] = [];
      for (const [key, state] of tally.states) {
        const times = ledger.get(key) ?? 0;
        const fine =
          (state === 'sent' && times === 1) ||
          (state === 'unknown' && times <= 1) ||
          (state === 'failed' && times === 0);
        if (!fine) wrong.push(`${key}: ${state}, ${times} in the ledger`);
      }
      const ledgerMessages = [...ledger.values()].reduce((sum, count) => sum + count, 0);
      const unknownInLedger = [...ledger.keys()].filter((key) => tally.states.get(key) === 'unknown').length;
      console.info(
        `kill test: ${RECIPIENTS} recipients in ${chunks.length} jobs; recipients sent ${tally.counts.sent}, ` +
          `failed ${tally.counts.failed}, unknown ${tally.counts.unknown} (${unknownInLedger} of them in the ledger); ` +
          `jobs ${JSON.stringify(tally.jobs)}, unknown by code ${JSON.stringify(tally.unknownCodes)}; ` +
          `ledger ${ledgerMessages} messages, duplicates ${duplicates}; kills ${JSON.stringify(kills)}, ` +
          `Redis restarts ${redisRestarts}`,
      );

      expect(duplicates).toBe(0);
      expect(strangers).toEqual([]);
      expect({ count: wrong.length, first: wrong.slice(0, 10) }).toEqual({ count: 0, first: [] });
      expect(tally.states.size).toBe(RECIPIENTS);
      expect(kills.total).toBeGreaterThanOrEqual(5);
      expect(kills.midRequest).toBeGreaterThanOrEqual(1);
      expect(redisRestarts).toBe(1);
      expect(campaign).toMatchObject({
        state: 'done',
        recipients: RECIPIENTS,
        settledChunks: chunks.length,
        counts: { ...tally.counts, queued: 0, sending: 0 },
      });
    } finally {
      await workers.stopAll();
      await queue.close();
    }
  }, 180_000);
});
