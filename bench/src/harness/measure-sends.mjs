import { performance } from 'node:perf_hooks';
import { nearestRankQuantile } from '../statistics/quantiles.mjs';

async function runLanes(send, total, concurrency, latencies) {
  let next = 0;
  let failures = 0;
  let firstFailure;
  const lane = async () => {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      try {
        await send(index);
      } catch (error) {
        failures += 1;
        firstFailure ??= error;
      }
      if (latencies !== undefined) latencies[index] = performance.now() - started;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, lane));
  return { failures, firstFailure };
}

/**
 * Sends `total` messages with at most `concurrency` in flight, after a warm-up of `warmup` sends at the same
 * concurrency that is not measured. CPU is this process's own (`process.cpuUsage`), so the server's work,
 * which runs in another process, never counts.
 */
export async function measureSends({ send, total, concurrency, warmup }) {
  const warm = await runLanes(send, warmup, concurrency, undefined);
  if (warm.failures > 0)
    throw new Error(`warm-up failed ${warm.failures} times: ${String(warm.firstFailure?.stack ?? warm.firstFailure)}`);
  globalThis.gc?.();

  const latencies = new Float64Array(total);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { failures, firstFailure } = await runLanes(send, total, concurrency, latencies);
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (failures > 0)
    throw new Error(`${failures} of ${total} sends failed: ${String(firstFailure?.stack ?? firstFailure)}`);

  latencies.sort();
  const cpuMicros = cpu.user + cpu.system;
  return {
    total,
    concurrency,
    elapsedMs,
    messagesPerSecond: total / (elapsedMs / 1000),
    cpuMicrosPerMessage: cpuMicros / total,
    cpuUserMicrosPerMessage: cpu.user / total,
    cpuSystemMicrosPerMessage: cpu.system / total,
    p50Ms: nearestRankQuantile(latencies, 0.5),
    p99Ms: nearestRankQuantile(latencies, 0.99),
  };
}
