// The queue benchmark: how fast a campaign is enqueued with `queue.campaign(...)`, what a recipient costs a
// worker through the queue against a direct `client.send`, how throughput grows with worker processes against
// a provider that answers after 20 ms, and how closely three workers sharing a rate limit keep to it. Needs a
// redis-server on PATH; without one it reports why it was skipped.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startMinimalServer } from '../server/start-minimal-server.mjs';
import { median } from '../statistics/quantiles.mjs';
import { assertCampaignSent, enqueueCampaign } from './enqueue-campaign.mjs';
import { processCpuMs, startRedisServer } from './start-redis-server.mjs';

const WORKER_SCRIPT = fileURLToPath(new URL('./queue-worker-process.mjs', import.meta.url));
const DIRECT_SCRIPT = fileURLToPath(new URL('./direct-send-process.mjs', import.meta.url));

function call(child, message, answerType) {
  return new Promise((resolve, reject) => {
    const onMessage = (answer) => {
      if (answer.type !== answerType) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(answer);
    };
    const onExit = (code) => reject(new Error(`a queue worker process exited with code ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}

async function startWorkers(count, settings) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const child = fork(WORKER_SCRIPT, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      await call(child, { type: 'start', ...settings }, 'ready');
      return child;
    }),
  );
}

async function stopWorkers(children) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.send({ type: 'stop' });
        }),
    ),
  );
}

const workerCpuMicros = async (child) => (await call(child, { type: 'cpu' }, 'cpu')).micros;

async function waitUntilSettled(sms, jobs) {
  for (;;) {
    const counts = await sms.queue.getJobCounts('completed', 'failed');
    if (counts.failed > 0) throw new Error(`${counts.failed} queue jobs failed in the benchmark`);
    if (counts.completed >= jobs) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function runDirect(task) {
  return new Promise((resolve, reject) => {
    const child = fork(DIRECT_SCRIPT, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (message) => (message.ok ? resolve(message.result) : reject(new Error(message.error))));
    child.once('exit', (code) => reject(new Error(`the direct-send process exited with code ${code}`)));
    child.send(task);
  });
}

/** A queue of its own for one case, removed from Redis afterwards. */
async function withQueue(redisUrl, body) {
  const { createSmsQueue } = await import('@sms/queue');
  const queueName = `bench-${randomUUID().slice(0, 8)}`;
  const sms = createSmsQueue({ connection: redisUrl, name: queueName });
  try {
    return await body(sms, queueName);
  } finally {
    await sms.queue.obliterate({ force: true });
    await sms.close();
  }
}

/**
 * One round of (a) and (b): one worker process, warmed up; the queue paused while the campaign is enqueued
 * (the enqueue rate); then resumed, and the worker's CPU from there until every job is sent.
 */
async function cpuRound(redis, serverUrl, settings, { messageStatus = true, bare = false } = {}) {
  return withQueue(redis.url, async (sms, queueName) => {
    const [worker] = await startWorkers(1, {
      redisUrl: redis.url,
      queueName,
      baseUrl: serverUrl,
      concurrency: settings.workerConcurrency,
      messageStatus,
      bare,
    });
    try {
      const warmup = await enqueueCampaign(sms, {
        recipients: settings.warmupRecipients,
        chunkSize: settings.chunkSize,
        id: 'warm-up',
      });
      await waitUntilSettled(sms, warmup.jobs);
      await sms.queue.pause();
      const enqueued = await enqueueCampaign(sms, {
        recipients: settings.recipients,
        chunkSize: settings.chunkSize,
        id: 'campaign',
      });
      const cpuBefore = await workerCpuMicros(worker);
      const redisBefore = await processCpuMs(redis.pid);
      const started = performance.now();
      await sms.queue.resume();
      await waitUntilSettled(sms, warmup.jobs + enqueued.jobs);
      const elapsedMs = performance.now() - started;
      const cpuMicros = (await workerCpuMicros(worker)) - cpuBefore;
      const redisAfter = await processCpuMs(redis.pid);
      // A bare BullMQ worker keeps no campaign counts; its jobs all completed (waitUntilSettled).
      if (!bare) await assertCampaignSent(enqueued.campaign, settings.recipients);
      return {
        enqueueMs: enqueued.elapsedMs,
        enqueueRecipientsPerSecond: settings.recipients / (enqueued.elapsedMs / 1000),
        enqueueJobsPerSecond: enqueued.jobs / (enqueued.elapsedMs / 1000),
        workerCpuMicrosPerRecipient: cpuMicros / settings.recipients,
        redisCpuMicrosPerRecipient:
          redisBefore === undefined || redisAfter === undefined
            ? undefined
            : ((redisAfter - redisBefore) * 1000) / settings.recipients,
        queueRecipientsPerSecond: settings.recipients / (elapsedMs / 1000),
      };
    } finally {
      await stopWorkers([worker]);
    }
  });
}

/** (c): `workers` processes against the 20 ms server, from the moment the paused queue is resumed. */
async function throughputCase(redis, serverUrl, settings, workers) {
  return withQueue(redis.url, async (sms, queueName) => {
    await sms.queue.pause();
    const enqueued = await enqueueCampaign(sms, {
      recipients: settings.throughputRecipients,
      chunkSize: settings.chunkSize,
      id: 'campaign',
    });
    const children = await startWorkers(workers, {
      redisUrl: redis.url,
      queueName,
      baseUrl: serverUrl,
      concurrency: settings.throughputConcurrency,
    });
    try {
      const started = performance.now();
      await sms.queue.resume();
      await waitUntilSettled(sms, enqueued.jobs);
      const elapsedMs = performance.now() - started;
      await assertCampaignSent(enqueued.campaign, settings.throughputRecipients);
      return {
        workers,
        concurrency: settings.throughputConcurrency,
        recipients: settings.throughputRecipients,
        jobs: enqueued.jobs,
        elapsedMs,
        recipientsPerSecond: settings.throughputRecipients / (elapsedMs / 1000),
      };
    } finally {
      await stopWorkers(children);
    }
  });
}

/**
 * (d): `workers` processes whose provider is wrapped by one `createSharedRateLimits` limit of
 * `requestsPerSecond`, against a server answering after `answerDelayMs` that has no limit of its own. The rate
 * is the one the server saw over `windowMs`, starting a second after its first request, while the queue still
 * held chunks for every worker (an idle spell would lower the figure).
 */
async function rateLimitCase(redis, settings, log) {
  const { measureRateAdherence } = await import('@sms/queue');
  const rate = settings.rateLimit;
  const server = await startMinimalServer({ answerDelayMs: settings.answerDelayMs, recordTimes: true });
  try {
    return await withQueue(redis.url, async (sms, queueName) => {
      await sms.queue.pause();
      // Enough requests to keep every worker waiting on the limit past the end of the window.
      const chunks = Math.ceil((rate.requestsPerSecond * (rate.windowMs + 2 * rate.startMs)) / 1000);
      const enqueued = await enqueueCampaign(sms, {
        recipients: chunks * rate.chunkSize,
        chunkSize: rate.chunkSize,
        id: 'rate-limited',
      });
      const children = await startWorkers(rate.workers, {
        redisUrl: redis.url,
        queueName,
        baseUrl: server.url,
        concurrency: rate.concurrency,
        rateLimit: { requestsPerSecond: rate.requestsPerSecond, prefix: `bench:rate:${queueName}` },
      });
      try {
        await server.reset();
        await sms.queue.resume();
        // Until a request arrives after the window (the senders were busy all through it), or every chunk has.
        let times = [];
        while (times.length < enqueued.jobs) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          times = await server.times();
          if (times.length > 0 && times.at(-1) >= times[0] + rate.startMs + rate.windowMs) break;
        }
        const from = times[0] + rate.startMs;
        const to = from + rate.windowMs;
        if (times.at(-1) < to)
          throw new Error(
            `the rate-limited campaign's ${enqueued.jobs} requests all went out before the window ended: the limit did not hold`,
          );
        const adherence = measureRateAdherence(times, { from, to, requestsPerSecond: rate.requestsPerSecond });
        log(
          `rate-limit adherence: ${adherence.summary}, ${rate.workers} worker processes × concurrency ${rate.concurrency}, ${adherence.count} requests in ${rate.windowMs / 1000} s at the ${settings.answerDelayMs} ms fake`,
        );
        return { ...rate, answerDelayMs: settings.answerDelayMs, ...adherence };
      } finally {
        await stopWorkers(children);
      }
    });
  } finally {
    await server.close();
  }
}

export async function queueBenchmark(settings, log) {
  const redis = await startRedisServer();
  if (redis.skipped !== undefined) {
    log(`queue: skipped: ${redis.skipped}`);
    return { skipped: redis.skipped };
  }
  const instant = await startMinimalServer();
  const slow = await startMinimalServer({ answerDelayMs: settings.answerDelayMs });
  try {
    const rounds = [];
    for (let round = 1; round <= settings.rounds; round += 1) {
      const direct = () =>
        runDirect({
          baseUrl: instant.url,
          recipients: settings.recipients,
          warmupRecipients: settings.warmupRecipients,
          chunkSize: settings.chunkSize,
          concurrency: settings.workerConcurrency,
        });
      // Alternate the order each round so that neither side always runs first.
      let queued;
      let directResult;
      if (round % 2 === 1) {
        queued = await cpuRound(redis, instant.url, settings);
        directResult = await direct();
      } else {
        directResult = await direct();
        queued = await cpuRound(redis, instant.url, settings);
      }
      // The same campaign through a worker with `messageStatus: false`: what the per-recipient records cost.
      const withoutRecords = await cpuRound(redis, instant.url, settings, { messageStatus: false });
      // And through a bare BullMQ worker that only sends: BullMQ's own share.
      const bare = await cpuRound(redis, instant.url, settings, { bare: true });
      const directCpuMicrosPerRecipient = directResult.cpuMicros / settings.recipients;
      const figures = {
        ...queued,
        directCpuMicrosPerRecipient,
        directRecipientsPerSecond: settings.recipients / (directResult.elapsedMs / 1000),
        cpuRatio: queued.workerCpuMicrosPerRecipient / directCpuMicrosPerRecipient,
        withoutRecordsWorkerCpuMicrosPerRecipient: withoutRecords.workerCpuMicrosPerRecipient,
        withoutRecordsRedisCpuMicrosPerRecipient: withoutRecords.redisCpuMicrosPerRecipient,
        withoutRecordsCpuRatio: withoutRecords.workerCpuMicrosPerRecipient / directCpuMicrosPerRecipient,
        bareWorkerCpuMicrosPerRecipient: bare.workerCpuMicrosPerRecipient,
        bareCpuRatio: bare.workerCpuMicrosPerRecipient / directCpuMicrosPerRecipient,
      };
      rounds.push(figures);
      log(
        `queue round ${round}: enqueue ${figures.enqueueRecipientsPerSecond.toFixed(0)} recipients/s (${figures.enqueueJobsPerSecond.toFixed(0)} jobs/s); ` +
          `worker CPU ${figures.workerCpuMicrosPerRecipient.toFixed(2)} µs/recipient through the queue, ${directCpuMicrosPerRecipient.toFixed(2)} direct (${figures.cpuRatio.toFixed(2)}×); ` +
          `Redis ${figures.redisCpuMicrosPerRecipient?.toFixed(2) ?? '?'} µs/recipient; ` +
          `messageStatus false: worker ${figures.withoutRecordsWorkerCpuMicrosPerRecipient.toFixed(2)} µs/recipient (${figures.withoutRecordsCpuRatio.toFixed(2)}×), ` +
          `Redis ${figures.withoutRecordsRedisCpuMicrosPerRecipient?.toFixed(2) ?? '?'} µs/recipient; ` +
          `bare BullMQ worker ${figures.bareWorkerCpuMicrosPerRecipient.toFixed(2)} µs/recipient (${figures.bareCpuRatio.toFixed(2)}×)`,
      );
    }
    const throughput = [];
    for (const workers of settings.workerCounts) {
      const result = await throughputCase(redis, slow.url, settings, workers);
      throughput.push(result);
      log(
        `queue throughput, ${workers} worker process(es) × concurrency ${result.concurrency}, ${settings.answerDelayMs} ms answers: ${result.recipientsPerSecond.toFixed(0)} recipients/s (${result.elapsedMs.toFixed(0)} ms)`,
      );
    }
    const rateLimit = await rateLimitCase(redis, settings, log);
    const medianOf = (key) => median(rounds.map((round) => round[key]).filter(Number.isFinite));
    return {
      settings,
      rounds,
      enqueueRecipientsPerSecond: medianOf('enqueueRecipientsPerSecond'),
      enqueueJobsPerSecond: medianOf('enqueueJobsPerSecond'),
      workerCpuMicrosPerRecipient: medianOf('workerCpuMicrosPerRecipient'),
      directCpuMicrosPerRecipient: medianOf('directCpuMicrosPerRecipient'),
      redisCpuMicrosPerRecipient: medianOf('redisCpuMicrosPerRecipient'),
      queueRecipientsPerSecond: medianOf('queueRecipientsPerSecond'),
      directRecipientsPerSecond: medianOf('directRecipientsPerSecond'),
      cpuRatio: medianOf('cpuRatio'),
      withoutRecordsWorkerCpuMicrosPerRecipient: medianOf('withoutRecordsWorkerCpuMicrosPerRecipient'),
      withoutRecordsRedisCpuMicrosPerRecipient: medianOf('withoutRecordsRedisCpuMicrosPerRecipient'),
      withoutRecordsCpuRatio: medianOf('withoutRecordsCpuRatio'),
      bareWorkerCpuMicrosPerRecipient: medianOf('bareWorkerCpuMicrosPerRecipient'),
      bareCpuRatio: medianOf('bareCpuRatio'),
      throughput,
      rateLimit,
    };
  } finally {
    await instant.close();
    await slow.close();
    await redis.stop();
  }
}
