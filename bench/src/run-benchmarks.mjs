// Runs every benchmark of issue 9 in one go and writes results/latest.{json,md} and results/ratios.svg.
// Usage: node src/run-benchmarks.mjs [--quick] [--out <directory>] [--only per-send,bulk,memory,telemetry,rate-limit,startup,size,queue]
// It prints figures and never asserts timings. Run it after building the packages (`pnpm bench` at the
// root does both).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startMinimalServer } from './server/start-minimal-server.mjs';
import { medianConfidenceInterval } from './statistics/median-confidence-interval.mjs';
import { median, quantile } from './statistics/quantiles.mjs';
import { runWorker } from './harness/run-worker.mjs';
import { createRawRequest, headersOf } from './variants/create-raw-request.mjs';
import { DEFAULT_CONNECTIONS, iranianRecipients, PROVIDER_SETUPS, TEXT } from './variants/provider-setups.mjs';
import { measureFirstSend, measureImportTime } from './startup/measure-import-time.mjs';
import { installedSize, packedSize, runtimeDependencySize } from './size/measure-installed-size.mjs';
import { renderMarkdown } from './report/render-markdown.mjs';
import { renderRatioChart } from './report/render-ratio-chart.mjs';
import { chartOf } from './report/chart-of.mjs';
import { queueBenchmark } from './queue/queue-benchmark.mjs';

const BENCH_ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPOSITORY_ROOT = join(BENCH_ROOT, '..');
const PROVIDERS = Object.keys(PROVIDER_SETUPS);
const PACKAGE_DIRECTORIES = {
  '@sms/core': join(REPOSITORY_ROOT, 'packages/core'),
  '@sms/ghasedak': join(REPOSITORY_ROOT, 'packages/providers/ghasedak'),
  '@sms/smsafzar': join(REPOSITORY_ROOT, 'packages/providers/smsafzar'),
  '@sms/smspartner': join(REPOSITORY_ROOT, 'packages/providers/smspartner'),
  '@sms/queue': join(REPOSITORY_ROOT, 'packages/queue'),
};

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' } },
});
const quick = flags.quick;
const only = flags.only === undefined ? undefined : new Set(flags.only.split(','));
const wanted = (name) => only === undefined || only.has(name);
const SETTINGS = {
  sends: Number(process.env.BENCH_SENDS ?? (quick ? 2_000 : 20_000)),
  warmup: Number(process.env.BENCH_WARMUP ?? (quick ? 300 : 2_000)),
  rounds: Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 5)),
  concurrencies: [1, 50],
  connections: DEFAULT_CONNECTIONS,
  bulkRecipients: quick ? 10_000 : 100_000,
  bulkWarmupRecipients: Number(process.env.BENCH_BULK_WARMUP ?? (quick ? 2_000 : 10_000)),
  // A bulk round measures 0.2 to 0.5 s, where one collection or compile job moves the figure by several per
  // cent: single rounds' ratios range over ±25 %, so a 15-round median still moved by ±4 points from run to
  // run. Rounds cost under 2 s each; 60 of them narrow the median's 95 % interval to about ±4 points.
  bulkRounds: Number(process.env.BENCH_BULK_ROUNDS ?? (quick ? 1 : 60)),
  bulkChunkSize: 100,
  memoryInFlight: quick ? 2_000 : 10_000,
  // Rounds alternate with and without the limit in one process; a round of 50,000 sends takes about a second.
  rateLimit: {
    sends: Number(process.env.BENCH_RATE_LIMIT_SENDS ?? (quick ? 5_000 : 50_000)),
    rounds: Number(process.env.BENCH_RATE_LIMIT_ROUNDS ?? (quick ? 3 : 11)),
  },
  importRuns: quick ? 3 : 11,
  // About a minute and a half on 2 cores: the enqueue of 100,000 recipients dominates each round; the rate-limit
  // case adds about 15 s.
  queue: {
    recipients: quick ? 10_000 : 100_000,
    warmupRecipients: quick ? 1_000 : 5_000,
    chunkSize: 100,
    workerConcurrency: 8,
    rounds: Number(process.env.BENCH_QUEUE_ROUNDS ?? (quick ? 1 : 2)),
    answerDelayMs: 20,
    workerCounts: [1, 2, 4],
    throughputRecipients: quick ? 5_000 : 20_000,
    throughputConcurrency: 1,
    // Three worker processes sharing one limit (`createSharedRateLimits`) against the 20 ms server, measured
    // at the server over `windowMs` from `startMs` after its first request: about 12 s.
    rateLimit: {
      workers: 3,
      concurrency: 4,
      requestsPerSecond: 50,
      chunkSize: 10,
      startMs: 1000,
      windowMs: quick ? 5_000 : 10_000,
    },
  },
};
const outputDirectory = flags.out ?? join(BENCH_ROOT, quick ? 'results/quick' : 'results');

function log(line) {
  process.stderr.write(`${line}\n`);
}

function medianOf(samples) {
  const keys = Object.keys(samples[0]).filter((key) => typeof samples[0][key] === 'number');
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))]));
}

function machineLoad() {
  let uptime;
  try {
    uptime = execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    uptime = `loadavg ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`;
  }
  return { uptime, loadAverage: os.loadavg() };
}

function assertBuilt() {
  const missing = Object.entries(PACKAGE_DIRECTORIES).filter(
    ([, directory]) => !existsSync(join(directory, 'dist/index.js')),
  );
  if (missing.length > 0) {
    throw new Error(
      `These packages are not built: ${missing.map(([name]) => name).join(', ')}. Run \`pnpm bench\` at the repository root, or \`npx tsup\` in each package folder, then try again.`,
    );
  }
}

function sameRequest(left, right) {
  const normalize = (request) => ({
    method: request.method,
    url: request.url,
    headers: Object.entries({ ...headersOf(request.rawHeaders) }).sort(([a], [b]) => a.localeCompare(b)),
    body: request.body,
  });
  return JSON.stringify(normalize(left)) === JSON.stringify(normalize(right));
}

/** Sends one message through our package and one through the raw replay; both must reach the server byte for byte alike. */
async function captureRequests(server) {
  const captured = {};
  for (const name of PROVIDERS) {
    const setup = PROVIDER_SETUPS[name];
    const provider = await setup.create(server.url);
    const waiting = server.capture(setup.endpoint);
    await provider.send({ to: setup.recipient, text: TEXT });
    const request = await waiting;
    await provider.close();

    const raw = createRawRequest({ origin: server.url, captured: request, connections: 1 });
    const replayWaiting = server.capture(setup.endpoint);
    await raw.send();
    const replay = await replayWaiting;
    await raw.close();
    if (!sameRequest(request, replay)) {
      throw new Error(
        `the raw undici replay of ${name} differs from our package's request:\n${JSON.stringify(request)}\n${JSON.stringify(replay)}`,
      );
    }
    captured[name] = { ...request, headers: headersOf(request.rawHeaders), replayIdentical: true };
  }

  // The first request of a 100-recipient Ghasedak send: the body the ideal bulk sender fills with each chunk.
  const ghasedak = await PROVIDER_SETUPS.ghasedak.create(server.url);
  const pairWaiting = server.capture('v2/sms/send/pair');
  const recipients = iranianRecipients(SETTINGS.bulkChunkSize);
  await ghasedak.send({ to: recipients, text: TEXT });
  captured.ghasedakPair = await pairWaiting;
  captured.ghasedakPair.headers = headersOf(captured.ghasedakPair.rawHeaders);
  await ghasedak.close();
  return captured;
}

async function waitForIdleServer(server) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if ((await server.stats()).connectionsOpen === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function runCase(server, task, expectedRequests) {
  await waitForIdleServer(server);
  await server.reset();
  const result = await runWorker(task);
  const stats = await server.stats();
  const endpoint = task.kind === 'bulk' ? 'v2/sms/send/pair' : PROVIDER_SETUPS[task.provider].endpoint;
  const answered = stats.requestsByPath[endpoint] ?? 0;
  if (expectedRequests !== undefined && answered !== expectedRequests) {
    throw new Error(
      `${task.kind} ${task.variant} ${task.provider ?? ''}: the server answered ${answered} requests on ${endpoint}, expected ${expectedRequests} (${JSON.stringify(stats.requestsByPath)})`,
    );
  }
  return {
    ...result,
    server: {
      connectionsOpened: stats.connectionsOpened,
      peakConnectionsOpen: stats.peakConnectionsOpen,
      requests: stats.requests,
    },
  };
}

function variantsOf(provider) {
  return provider === 'ghasedak' ? ['sdk', 'raw-undici', 'official-ghasedak'] : ['sdk', 'raw-undici'];
}

function ratio(value, baseline) {
  return baseline === 0 || !Number.isFinite(baseline) ? Number.NaN : value / baseline;
}

function ratiosOf(variant, baseline) {
  return {
    throughput: ratio(variant.messagesPerSecond, baseline.messagesPerSecond),
    cpuPerMessage: ratio(variant.cpuMicrosPerMessage, baseline.cpuMicrosPerMessage),
    p50: ratio(variant.p50Ms, baseline.p50Ms),
    p99: ratio(variant.p99Ms, baseline.p99Ms),
  };
}

async function perSendBenchmarks(server, captured) {
  const samples = new Map();
  for (let round = 1; round <= SETTINGS.rounds; round += 1) {
    for (const concurrency of SETTINGS.concurrencies) {
      for (const provider of PROVIDERS) {
        // Alternate the order each round so that no variant always runs first on a warm machine.
        const variants = round % 2 === 1 ? variantsOf(provider) : [...variantsOf(provider)].reverse();
        for (const variant of variants) {
          const task = {
            kind: 'per-send',
            variant,
            provider,
            concurrency,
            url: server.url,
            captured: captured[provider],
            connections: SETTINGS.connections,
            total: SETTINGS.sends,
            warmup: SETTINGS.warmup,
          };
          const result = await runCase(server, task, SETTINGS.sends + SETTINGS.warmup);
          const key = `${provider}|${concurrency}|${variant}`;
          samples.set(key, [...(samples.get(key) ?? []), result]);
          log(
            `round ${round} c=${concurrency} ${provider} ${variant}: ${result.messagesPerSecond.toFixed(0)} msg/s, ${result.cpuMicrosPerMessage.toFixed(1)} µs CPU/msg, p50 ${result.p50Ms.toFixed(3)} ms, p99 ${result.p99Ms.toFixed(3)} ms, ${result.server.connectionsOpened} sockets`,
          );
        }
      }
    }
  }
  const rows = [];
  for (const concurrency of SETTINGS.concurrencies) {
    for (const provider of PROVIDERS) {
      const variants = {};
      for (const variant of variantsOf(provider)) {
        const runs = samples.get(`${provider}|${concurrency}|${variant}`);
        variants[variant] = {
          ...medianOf(runs),
          socketsOpened: median(runs.map((run) => run.server.connectionsOpened)),
          rounds: runs,
        };
      }
      // Each round ran every variant back to back, so a ratio taken within a round compares runs that saw the
      // same machine load; the median over rounds of those paired ratios is what the tables report.
      const baselineRounds = variants['raw-undici'].rounds;
      const ratios = Object.fromEntries(
        Object.entries(variants)
          .filter(([name]) => name !== 'raw-undici')
          .map(([name, figures]) => {
            const perRound = figures.rounds.map((run, index) => ratiosOf(run, baselineRounds[index]));
            return [name, { ...medianOf(perRound), rounds: perRound }];
          }),
      );
      rows.push({ provider, concurrency, variants, ratios });
    }
  }
  return rows;
}

// A client's send with @sms/opentelemetry and an SDK (spans batched, metrics aggregated) against the same client
// without them, through Ghasedak: the cost of observing a send. Paired per round, as the per-send cases.
async function telemetryBenchmark(server) {
  // `client-context` has only the SDK's context manager: it tells the SDK's own async-hooks cost from ours.
  const variants = ['client', 'client-context', 'client-otel'];
  const rows = [];
  for (const concurrency of SETTINGS.concurrencies) {
    const runs = { client: [], 'client-context': [], 'client-otel': [] };
    for (let round = 1; round <= SETTINGS.rounds; round += 1) {
      for (const variant of round % 2 === 1 ? variants : [...variants].reverse()) {
        const task = {
          kind: 'per-send',
          variant,
          provider: 'ghasedak',
          concurrency,
          url: server.url,
          connections: SETTINGS.connections,
          total: SETTINGS.sends,
          warmup: SETTINGS.warmup,
        };
        const result = await runCase(server, task, SETTINGS.sends + SETTINGS.warmup);
        runs[variant].push(result);
        log(
          `telemetry round ${round} c=${concurrency} ${variant}: ${result.messagesPerSecond.toFixed(0)} msg/s, ${result.cpuMicrosPerMessage.toFixed(1)} µs CPU/msg`,
        );
      }
    }
    const perRound = runs['client-otel'].map((run, index) => ratiosOf(run, runs.client[index]));
    const contextPerRound = runs['client-context'].map((run, index) => ratiosOf(run, runs.client[index]));
    // Ours and the SDK's spans and metrics alone: the instrumented client against the context manager only.
    const overContextPerRound = runs['client-otel'].map((run, index) => ratiosOf(run, runs['client-context'][index]));
    rows.push({
      concurrency,
      client: medianOf(runs.client),
      contextOnly: medianOf(runs['client-context']),
      instrumented: medianOf(runs['client-otel']),
      ratios: { ...medianOf(perRound), rounds: perRound },
      contextRatios: { ...medianOf(contextPerRound), rounds: contextPerRound },
      overContextRatios: { ...medianOf(overContextPerRound), rounds: overContextPerRound },
    });
  }
  return rows;
}

// A provider's `rateLimit` that is never reached (its fast path) against no limit, at each concurrency: the
// limiter's own CPU per send. No network (an instant dispatcher); one fresh process per concurrency.
async function rateLimitBenchmark() {
  const rows = [];
  for (const concurrency of SETTINGS.concurrencies) {
    const result = await runWorker({ kind: 'rate-limit', concurrency, ...SETTINGS.rateLimit });
    rows.push(result);
    log(
      `rate limit c=${concurrency}: without ${result.cpuMicrosWithout.toFixed(2)} µs, with rateLimit ${result.cpuMicrosLimited.toFixed(2)} µs CPU per send (${result.ratio.toFixed(3)}×, ${result.rounds.length} rounds of ${result.sends} sends)`,
    );
  }
  return rows;
}

async function bulkBenchmark(server, captured) {
  const concurrency = (await import('@sms/core/provider-utils')).DEFAULT_CHUNK_CONCURRENCY;
  const requests =
    Math.ceil(SETTINGS.bulkRecipients / SETTINGS.bulkChunkSize) +
    Math.ceil(SETTINGS.bulkWarmupRecipients / SETTINGS.bulkChunkSize);
  const samples = { sdk: [], ideal: [] };
  for (let round = 1; round <= SETTINGS.bulkRounds; round += 1) {
    for (const variant of round % 2 === 1 ? ['sdk', 'ideal'] : ['ideal', 'sdk']) {
      const task = {
        kind: 'bulk',
        variant,
        url: server.url,
        captured: captured.ghasedakPair,
        connections: SETTINGS.connections,
        concurrency,
        chunkSize: SETTINGS.bulkChunkSize,
        recipients: SETTINGS.bulkRecipients,
        warmupRecipients: SETTINGS.bulkWarmupRecipients,
      };
      const result = await runCase(server, task, requests);
      samples[variant].push(result);
      log(
        `bulk round ${round} ${variant}: ${result.recipientsPerSecond.toFixed(0)} recipients/s, ${result.cpuMicrosPerRecipient.toFixed(2)} µs CPU/recipient ` +
          `(main thread ${result.mainThreadCpuMs ?? '?'} ms), ${result.elapsedMs.toFixed(0)} ms, GC pauses ${result.gcMs.toFixed(1)} ms`,
      );
    }
  }
  const throughputRatios = samples.sdk.map((run, index) =>
    ratio(run.recipientsPerSecond, samples.ideal[index].recipientsPerSecond),
  );
  const sdk = { ...medianOf(samples.sdk), rounds: samples.sdk };
  const ideal = { ...medianOf(samples.ideal), rounds: samples.ideal };
  return {
    recipients: SETTINGS.bulkRecipients,
    chunkSize: SETTINGS.bulkChunkSize,
    requests: Math.ceil(SETTINGS.bulkRecipients / SETTINGS.bulkChunkSize),
    concurrency,
    sdk,
    ideal,
    rounds: SETTINGS.bulkRounds,
    warmupRecipients: SETTINGS.bulkWarmupRecipients,
    ratios: {
      throughput: median(throughputRatios),
      cpuPerRecipient: median(
        samples.sdk.map((run, index) => ratio(run.cpuMicrosPerRecipient, samples.ideal[index].cpuMicrosPerRecipient)),
      ),
    },
    // How sure the median is: where the true median ratio lies with 95 % confidence, given these rounds.
    throughputInterval: medianConfidenceInterval(throughputRatios) ?? null,
    // How far single rounds stray: the median can sit on a target while a quarter of the rounds miss it.
    throughputSpread: {
      min: Math.min(...throughputRatios),
      lowerQuartile: quantile(throughputRatios, 0.25),
      upperQuartile: quantile(throughputRatios, 0.75),
      max: Math.max(...throughputRatios),
    },
  };
}

async function memoryBenchmarks(server, captured) {
  const rows = [];
  for (const provider of PROVIDERS) {
    for (const variant of variantsOf(provider)) {
      const task = {
        kind: 'memory',
        variant,
        provider,
        url: server.url,
        captured: captured[provider],
        connections: SETTINGS.connections,
        inFlight: SETTINGS.memoryInFlight,
      };
      const result = await runCase(server, task, undefined);
      rows.push({
        provider,
        variant,
        connectionsSetting: variant === 'official-ghasedak' ? undefined : SETTINGS.connections,
        ...result,
      });
      log(
        `memory ${provider} ${variant}: +${(result.peakRssGrowthBytes / 1048576).toFixed(1)} MiB peak RSS, ${result.server.connectionsOpened} sockets opened (peak ${result.server.peakConnectionsOpen} open), ${result.failures} failures, ${result.elapsedMs.toFixed(0)} ms`,
      );
    }
  }
  return rows;
}

async function startupBenchmarks() {
  const sets = [
    { label: '@sms/core + @sms/ghasedak', specifiers: ['@sms/core', '@sms/ghasedak'], ours: true },
    { label: '@sms/core + @sms/smsafzar', specifiers: ['@sms/core', '@sms/smsafzar'], ours: true },
    { label: '@sms/core + @sms/smspartner', specifiers: ['@sms/core', '@sms/smspartner'], ours: true },
    { label: '@sms/core alone', specifiers: ['@sms/core'], ours: true },
    { label: 'undici alone (reference)', specifiers: ['undici'] },
    {
      label: 'libphonenumber-js alone (reference)',
      specifiers: ['libphonenumber-js'],
      from: PACKAGE_DIRECTORIES['@sms/core'],
    },
    { label: 'ghasedak 0.2.1 (official)', specifiers: ['ghasedak'] },
    { label: 'twilio', specifiers: ['twilio'] },
  ];
  const rows = [];
  for (const set of sets) {
    const specifiers =
      set.from === undefined
        ? set.specifiers
        : set.specifiers.map((name) => pathToFileURL(join(set.from, 'node_modules', name, 'index.js')).href);
    try {
      const result = await measureImportTime(specifiers, SETTINGS.importRuns);
      rows.push({ label: set.label, ours: set.ours === true, ...result, specifiers: set.specifiers });
      log(
        `import ${set.label}: median ${result.medianMs.toFixed(1)} ms (min ${result.minMs.toFixed(1)}, max ${result.maxMs.toFixed(1)})`,
      );
    } catch (error) {
      rows.push({
        label: set.label,
        ours: set.ours === true,
        specifiers: set.specifiers,
        error: String(error.message ?? error),
      });
      log(`import ${set.label}: failed (${error.message})`);
    }
  }
  return rows;
}

/** From the first import to the first answer, so that imports deferred to the first call are counted too. */
async function firstSendBenchmarks() {
  const server = await startMinimalServer();
  const rows = [];
  try {
    const cases = [
      ...PROVIDERS.map((provider) => ['sdk', provider]),
      ['raw-undici', 'ghasedak'],
      ['official-ghasedak', 'ghasedak'],
    ];
    for (const [variant, provider] of cases) {
      const result = await measureFirstSend(variant, provider, server.url, SETTINGS.importRuns);
      const label =
        variant === 'sdk'
          ? `@sms/core + ${PROVIDER_SETUPS[provider].packageName}`
          : variant === 'raw-undici'
            ? 'undici request (reference)'
            : 'ghasedak 0.2.1 (official)';
      rows.push({ label, ...result });
      log(`first send ${label}: median ${result.medianMs.toFixed(1)} ms`);
    }
  } finally {
    await server.close();
  }
  return rows;
}

async function sizeBenchmarks() {
  const core = await packedSize(PACKAGE_DIRECTORIES['@sms/core']);
  const coreDependencies = await runtimeDependencySize(PACKAGE_DIRECTORIES['@sms/core'], (name) =>
    name.startsWith('@sms/'),
  );
  const ours = [];
  for (const provider of PROVIDERS) {
    const packageName = PROVIDER_SETUPS[provider].packageName;
    const packed = await packedSize(PACKAGE_DIRECTORIES[packageName]);
    const own = await runtimeDependencySize(PACKAGE_DIRECTORIES[packageName], (name) => name.startsWith('@sms/'));
    const dependencies = new Map(
      [...coreDependencies.packages, ...own.packages].map((item) => [`${item.name}@${item.version}`, item]),
    );
    const dependencyBytes = [...dependencies.values()].reduce((total, item) => total + item.bytes, 0);
    ours.push({
      label: `@sms/core + ${packageName}`,
      core,
      provider: packed,
      dependencies: [...dependencies.values()],
      ownBytes: core.unpackedBytes + packed.unpackedBytes,
      dependencyBytes,
      totalBytes: core.unpackedBytes + packed.unpackedBytes + dependencyBytes,
    });
    log(
      `size @sms/core + ${packageName}: ${core.unpackedBytes + packed.unpackedBytes} B unpacked + ${dependencyBytes} B dependencies`,
    );
  }
  const peers = [];
  for (const name of ['ghasedak', 'twilio']) {
    const measured = await installedSize(name, BENCH_ROOT);
    peers.push({ label: name, ...measured });
    log(`size ${name}: ${measured.ownBytes} B + ${measured.dependencyBytes} B dependencies`);
  }
  return { ours, peers };
}

function evaluateTargets(results) {
  const checks = [];
  for (const row of results.perSend ?? []) {
    checks.push({
      target: `CPU per message ≤ 1.10× raw undici (${row.provider}, concurrency ${row.concurrency})`,
      value: row.ratios.sdk.cpuPerMessage,
      pass: row.ratios.sdk.cpuPerMessage <= 1.1,
    });
    if (row.concurrency === 50) {
      checks.push({
        target: `throughput ≥ 0.95× raw undici (${row.provider}, concurrency 50)`,
        value: row.ratios.sdk.throughput,
        pass: row.ratios.sdk.throughput >= 0.95,
      });
    }
  }
  for (const row of results.telemetry ?? []) {
    checks.push({
      target: `CPU per send with @sms/opentelemetry and an SDK ≤ 1.10× without (concurrency ${row.concurrency})`,
      value: row.ratios.cpuPerMessage,
      pass: row.ratios.cpuPerMessage <= 1.1,
    });
  }
  if (results.bulk !== undefined) {
    const interval = results.bulk.throughputInterval;
    checks.push({
      target: 'bulk throughput ≥ 0.9× the ideal',
      value: results.bulk.ratios.throughput,
      pass: results.bulk.ratios.throughput >= 0.9,
      // The verdict is on the median; the interval says whether this run alone settles it.
      ...(interval === null ? {} : { interval, settled: interval.low >= 0.9 || interval.high < 0.9 }),
    });
  }
  if (results.queue !== undefined && results.queue.skipped === undefined) {
    checks.push({
      target: 'worker CPU per recipient through the queue ≤ 1.5× a direct send',
      value: results.queue.cpuRatio,
      pass: results.queue.cpuRatio <= 1.5,
    });
  }
  for (const row of (results.startup ?? []).filter((item) => item.ours && item.specifiers.length === 2)) {
    checks.push({
      target: `import time ≤ 30 ms (${row.label})`,
      value: row.medianMs,
      unit: 'ms',
      pass: row.medianMs <= 30,
    });
  }
  return checks;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

async function main() {
  assertBuilt();
  const results = {
    generatedAt: new Date().toISOString(),
    quick,
    commit: gitCommit(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      totalMemoryBytes: os.totalmem(),
      loadBefore: machineLoad(),
    },
    settings: SETTINGS,
  };
  log(`load before: ${results.machine.loadBefore.uptime}`);

  if (wanted('per-send') || wanted('bulk') || wanted('memory') || wanted('telemetry')) {
    const server = await startMinimalServer();
    try {
      const captured = await captureRequests(server);
      results.requests = Object.fromEntries(
        Object.entries(captured).map(([name, request]) => [
          name,
          {
            method: request.method,
            url: request.url,
            headers: request.headers,
            body: request.body,
            replayIdentical: request.replayIdentical,
          },
        ]),
      );
      if (wanted('per-send')) results.perSend = await perSendBenchmarks(server, captured);
      if (wanted('bulk')) results.bulk = await bulkBenchmark(server, captured);
      if (wanted('memory')) results.memory = await memoryBenchmarks(server, captured);
      if (wanted('telemetry')) results.telemetry = await telemetryBenchmark(server);
    } finally {
      await server.close();
    }
  }
  if (wanted('rate-limit')) results.rateLimit = await rateLimitBenchmark();
  if (wanted('startup')) {
    results.startup = await startupBenchmarks();
    results.firstSend = await firstSendBenchmarks();
  }
  if (wanted('size')) results.size = await sizeBenchmarks();
  if (wanted('queue')) results.queue = await queueBenchmark(SETTINGS.queue, log);
  results.machine.loadAfter = machineLoad();
  log(`load after: ${results.machine.loadAfter.uptime}`);
  results.targets = evaluateTargets(results);

  await mkdir(outputDirectory, { recursive: true });
  await writeFile(join(outputDirectory, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const chart = chartOf(results);
  // The chart has the per-send and bulk ratios only: a run without them (`--only queue`) leaves none behind.
  if (chart.panels.length > 0) await writeFile(join(outputDirectory, 'ratios.svg'), renderRatioChart(chart));
  const markdown = renderMarkdown(results);
  await writeFile(join(outputDirectory, 'latest.md'), markdown);
  process.stdout.write(markdown);
}

await main();
