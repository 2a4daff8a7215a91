import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@sms/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChildScript } from '../../../packages/queue/src/test-support/bundle-child-script';
import { runCampaign, type CampaignProgressReport } from '../src/campaign/run-campaign';
import { MissingRedisError, startLocalRedis, type CampaignRedis } from '../src/campaign/start-local-redis';

let directory: string;
let workerScript: string;
let redis: CampaignRedis;
let simulator: Simulator;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sms-demo-campaign-'));
  // The worker processes run the demo's worker entry from its sources (Node 20 runs no TypeScript).
  workerScript = await bundleChildScript(new URL('../src/campaign-worker.ts', import.meta.url), directory, 'worker');
  // Its own redis-server even when REDIS_URL is set where the tests run.
  redis = await startLocalRedis({});
  simulator = await startSimulator({ deliveryDelayMs: null, balance: { ghasedak: 1_000_000_000 } });
});

afterAll(async () => {
  await simulator?.close();
  await redis?.stop();
  await rm(directory, { recursive: true, force: true });
});

describe('the campaign command', () => {
  it('sends every recipient once through two worker processes, one of them killed halfway', async () => {
    // Answers after 300 ms: the campaign lasts long enough for the kill to land halfway, with requests out.
    simulator.fault({ provider: 'ghasedak', kind: 'slow', delayMs: 300, times: 10_000 });
    const events: string[] = [];
    const progress: CampaignProgressReport[] = [];
    const result = await runCampaign({
      redisUrl: redis.url,
      simulator,
      workerScript,
      recipients: 500,
      workers: 2,
      chunkSize: 25,
      workerConcurrency: 2,
      lockDurationMs: 3000,
      stalledIntervalMs: 1000,
      reconcileAfterMs: 2000,
      reporter: { event: (line) => events.push(line), progress: (report) => progress.push(report) },
    });

    expect(result.killedWorker).toBeDefined();
    expect(events.some((line) => line.startsWith(`killed worker ${result.killedWorker?.number}`))).toBe(true);
    expect(result.recipients).toBe(500);
    expect(result.jobs).toBe(20);
    // The campaign's counters: every recipient in exactly one settled state.
    expect(result.sent + result.failed + result.unknown + result.canceled).toBe(500);
    expect(result.failed).toBe(0);
    expect(result.canceled).toBe(0);
    // They agree with the simulator's ledger: every sent recipient is in it, and beyond them only unknown ones
    // (whose request went out before the kill), each once.
    expect(result.sentRecordedByProvider).toBe(result.sent);
    expect(result.ledgerMessages).toBe(result.sent + result.unknownRecordedByProvider);
    expect(result.unknownRecordedByProvider).toBeLessThanOrEqual(result.unknown);
    expect(result.duplicates).toBe(0);
    expect(simulator.messages({ provider: 'ghasedak' })).toHaveLength(result.ledgerMessages);
    // The bar followed the counters per recipient, not chunks times their size, and ended on the tally.
    const last = progress.at(-1)!;
    expect(last.settledRecipients).toBe(500);
    expect(last.counts).toMatchObject({ queued: 0, sending: 0, sent: result.sent, unknown: result.unknown });
    for (const report of progress)
      expect(report.settledRecipients + report.counts.queued + report.counts.sending).toBe(report.enqueuedRecipients);
    simulator.clearFaults();
  });

  it('says how to get Redis when there is no REDIS_URL and no redis-server', async () => {
    const empty = await mkdtemp(join(directory, 'empty-path-'));
    const failure = await startLocalRedis({}, join(empty, 'redis-server')).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MissingRedisError);
    expect((failure as Error).message).toContain('apt-get install redis-server');
    expect((failure as Error).message).toContain('brew install redis');
    expect((failure as Error).message).toContain('REDIS_URL=');
  });

  it('uses REDIS_URL when it is set, and leaves that server alone', async () => {
    const given = await startLocalRedis({ REDIS_URL: redis.url });
    expect(given).toMatchObject({ url: redis.url, origin: 'REDIS_URL' });
    await given.stop();
  });
});
