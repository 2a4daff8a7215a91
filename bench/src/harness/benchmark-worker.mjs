// One benchmark case in a fresh process: the runner forks this file, sends it a task over IPC and gets one
// result back. A fresh process per case keeps one variant's garbage and JIT state out of the next one's
// figures. stdout is /dev/null (the official Ghasedak SDK logs every call); errors go to stderr.
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { mainThreadCpuMs } from './main-thread-cpu.mjs';
import { measureSends } from './measure-sends.mjs';
import { measureRateLimitCpu } from '../rate-limit/measure-rate-limit-cpu.mjs';
import { createRawRequest } from '../variants/create-raw-request.mjs';
import { createOfficialGhasedak } from '../variants/create-official-ghasedak.mjs';
import { createTelemetryClient } from '../variants/create-telemetry-client.mjs';
import { iranianRecipients, PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

async function createSender(task) {
  const setup = PROVIDER_SETUPS[task.provider];
  if (task.variant === 'sdk') {
    const provider = await setup.create(task.url, task.connections);
    const message = { to: setup.recipient, text: TEXT };
    return {
      send: async () => {
        const result = await provider.send(message);
        if (result.messages.length !== 1 || result.messages[0].id === undefined)
          throw new Error(`unexpected result ${JSON.stringify(result)}`);
      },
      close: () => provider.close(),
    };
  }
  if (task.variant === 'raw-undici') {
    const raw = createRawRequest({ origin: task.url, captured: task.captured, connections: task.connections });
    return { send: () => raw.send(), close: () => raw.close() };
  }
  if (task.variant === 'official-ghasedak') return createOfficialGhasedak(task.url);
  if (task.variant === 'client' || task.variant === 'client-otel' || task.variant === 'client-context')
    return createTelemetryClient({
      url: task.url,
      connections: task.connections,
      instrumented: task.variant === 'client-otel',
      contextOnly: task.variant === 'client-context',
    });
  throw new Error(`unknown variant ${task.variant}`);
}

async function perSend(task) {
  const sender = await createSender(task);
  try {
    return await measureSends({
      send: sender.send,
      total: task.total,
      concurrency: task.concurrency,
      warmup: task.warmup,
    });
  } finally {
    await sender.close();
  }
}

async function runBulk(task, run) {
  const warmupRecipients = iranianRecipients(task.warmupRecipients);
  await run(warmupRecipients);
  globalThis.gc?.();
  const recipients = iranianRecipients(task.recipients);
  // Garbage-collection pauses on the main thread during the measured send: the part of the gap to the ideal
  // that comes from what a send keeps (one entry per recipient, the raw answers) rather than from its code.
  let gcMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const mainBefore = mainThreadCpuMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const delivered = await run(recipients);
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const mainAfter = mainThreadCpuMs();
  // gc entries arrive asynchronously: let the pending ones in before reading the total.
  await new Promise((resolve) => setImmediate(resolve));
  gcObserver.disconnect();
  if (delivered !== recipients.length) throw new Error(`${delivered} of ${recipients.length} recipients came back`);
  return {
    recipients: recipients.length,
    elapsedMs,
    recipientsPerSecond: recipients.length / (elapsedMs / 1000),
    cpuMicrosPerRecipient: (cpu.user + cpu.system) / recipients.length,
    gcMs,
    mainThreadCpuMs: mainBefore === undefined || mainAfter === undefined ? null : mainAfter - mainBefore,
  };
}

async function bulk(task) {
  if (task.variant === 'sdk') {
    const provider = await PROVIDER_SETUPS.ghasedak.create(task.url, task.connections);
    try {
      return await runBulk(
        task,
        async (recipients) => (await provider.send({ to: recipients, text: TEXT })).messages.length,
      );
    } finally {
      await provider.close();
    }
  }
  // The ideal: the same requests (the captured pair body with each chunk's receptors), at the same
  // concurrency, with national numbers already at hand, as a hand-written client given them would send.
  const raw = createRawRequest({ origin: task.url, captured: task.captured, connections: task.connections });
  const national = (number) => `0${number.slice(3)}`;
  try {
    return await runBulk(task, async (recipients) => {
      const chunks = [];
      for (let start = 0; start < recipients.length; start += task.chunkSize)
        chunks.push(recipients.slice(start, start + task.chunkSize).map(national));
      let next = 0;
      let ids = 0;
      const lane = async () => {
        while (next < chunks.length) {
          const chunk = chunks[next++];
          const answer = await raw.send({ ...raw.encoder.fields, receptor: chunk.join(',') });
          ids += answer.items.length;
        }
      };
      await Promise.all(Array.from({ length: Math.min(task.concurrency, chunks.length) }, lane));
      return ids;
    });
  } finally {
    await raw.close();
  }
}

async function memory(task) {
  const sender = await createSender(task);
  try {
    await sender.send(0);
    globalThis.gc?.();
    const baselineRss = process.memoryUsage.rss();
    const maxRssBefore = process.resourceUsage().maxRSS * 1024;
    let sampledPeak = baselineRss;
    const sampler = setInterval(() => {
      const rss = process.memoryUsage.rss();
      if (rss > sampledPeak) sampledPeak = rss;
    }, 2);
    const started = performance.now();
    const outcomes = await Promise.allSettled(Array.from({ length: task.inFlight }, (_, index) => sender.send(index)));
    const elapsedMs = performance.now() - started;
    clearInterval(sampler);
    const endRss = process.memoryUsage.rss();
    const maxRssAfter = process.resourceUsage().maxRSS * 1024;
    // maxRSS is the process's lifetime peak: it only tells about this burst when the burst raised it.
    const peakRss = Math.max(sampledPeak, endRss, maxRssAfter > maxRssBefore ? maxRssAfter : 0);
    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    return {
      inFlight: task.inFlight,
      elapsedMs,
      baselineRssBytes: baselineRss,
      peakRssBytes: peakRss,
      peakRssGrowthBytes: peakRss - baselineRss,
      failures: failed.length,
      firstFailure: failed.length === 0 ? undefined : String(failed[0].reason?.message ?? failed[0].reason),
    };
  } finally {
    await sender.close();
  }
}

function rateLimit(task) {
  return measureRateLimitCpu({ sends: task.sends, rounds: task.rounds, concurrency: task.concurrency });
}

const KINDS = { 'per-send': perSend, bulk, memory, 'rate-limit': rateLimit };

process.once('message', async (task) => {
  try {
    const result = await KINDS[task.kind](task);
    process.send({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1));
  }
});
