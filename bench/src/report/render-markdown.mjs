const VARIANT_NAMES = {
  sdk: 'our package',
  'raw-undici': 'raw undici',
  'official-ghasedak': 'ghasedak 0.2.1 (official)',
};

function fixed(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function times(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '';
}

function signed(value, digits) {
  return Number.isFinite(value) ? `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(digits)}` : 'n/a';
}

function integer(value) {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en') : 'n/a';
}

function kib(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a';
}

function mib(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(1)} MiB` : 'n/a';
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function perSendSection(results) {
  const rows = [];
  for (const row of results.perSend) {
    for (const [variant, figures] of Object.entries(row.variants)) {
      const ratios = row.ratios[variant];
      rows.push([
        row.provider,
        String(row.concurrency),
        VARIANT_NAMES[variant] ?? variant,
        integer(figures.messagesPerSecond),
        times(ratios?.throughput),
        fixed(figures.cpuMicrosPerMessage, 1),
        times(ratios?.cpuPerMessage),
        fixed(figures.p50Ms, 3),
        times(ratios?.p50),
        fixed(figures.p99Ms, 3),
        times(ratios?.p99),
        integer(figures.socketsOpened),
      ]);
    }
  }
  const settings = results.settings;
  return [
    '## Per-send overhead',
    '',
    `${integer(settings.sends)} sends per case after ${integer(settings.warmup)} unmeasured warm-up sends, each case in a fresh process; figures are medians of ${settings.rounds} round(s), ` +
      'ratios the median of the ratios taken within each round (the variants of a round run back to back, under the same load). ' +
      'Ratios are to raw undici sending the byte-identical request (same method, path, headers and body) through its own keep-alive Agent ' +
      `with the same \`connections\` (${settings.connections}). CPU is the client process's own (user + system).`,
    '',
    table(
      [
        'provider',
        'concurrency',
        'client',
        'msg/s',
        '÷ raw',
        'CPU µs/msg',
        '÷ raw',
        'p50 ms',
        '÷ raw',
        'p99 ms',
        '÷ raw',
        'sockets',
      ],
      rows,
    ),
  ].join('\n');
}

function bulkSection(bulk) {
  return [
    '## Bulk',
    '',
    `${integer(bulk.recipients)} recipients in one \`send\` through @sms/ghasedak (\`sms/send/pair\`, ${bulk.chunkSize} per request, ${integer(bulk.requests)} requests, concurrency ${bulk.concurrency}), ` +
      `against the ideal: the same ${integer(bulk.requests)} requests sent with raw undici at the same concurrency, national numbers already at hand. ` +
      `Each variant first sends ${integer(bulk.warmupRecipients)} recipients unmeasured. ${bulk.rounds} rounds; ratios are medians of the ratios within each round. ` +
      "CPU counts every thread of the client; main-thread CPU (10 ms resolution) leaves out V8's compiler and collector threads; GC is the pauses the main thread took.",
    '',
    table(
      [
        'client',
        'recipients/s',
        '÷ ideal',
        'CPU µs/recipient',
        '÷ ideal',
        'main-thread CPU ms',
        'GC pauses ms',
        'elapsed ms',
      ],
      [
        [
          'our package',
          integer(bulk.sdk.recipientsPerSecond),
          times(bulk.ratios.throughput),
          fixed(bulk.sdk.cpuMicrosPerRecipient, 2),
          times(bulk.ratios.cpuPerRecipient),
          integer(bulk.sdk.mainThreadCpuMs),
          fixed(bulk.sdk.gcMs, 1),
          integer(bulk.sdk.elapsedMs),
        ],
        [
          'ideal (raw undici)',
          integer(bulk.ideal.recipientsPerSecond),
          '',
          fixed(bulk.ideal.cpuMicrosPerRecipient, 2),
          '',
          integer(bulk.ideal.mainThreadCpuMs),
          fixed(bulk.ideal.gcMs, 1),
          integer(bulk.ideal.elapsedMs),
        ],
      ],
    ),
    '',
    // Results written before the interval existed have none; runs of fewer than 6 rounds have null.
    ...(!bulk.throughputInterval
      ? []
      : [
          `The median throughput ratio lies between ${times(bulk.throughputInterval.low)} and ${times(bulk.throughputInterval.high)} with ${(bulk.throughputInterval.coverage * 100).toFixed(1)} % confidence ` +
            `(the round ratios at ranks ${bulk.throughputInterval.ranks[0]} and ${bulk.throughputInterval.ranks[1]} of ${bulk.rounds} in ascending order; distribution-free, from the binomial distribution).`,
          '',
        ]),
    `Throughput ratio of single rounds: lowest ${times(bulk.throughputSpread.min)}, lower quartile ${times(bulk.throughputSpread.lowerQuartile)}, ` +
      `upper quartile ${times(bulk.throughputSpread.upperQuartile)}, highest ${times(bulk.throughputSpread.max)}.`,
  ].join('\n');
}

function startupSection(startup, runs) {
  return [
    '## Start-up',
    '',
    `In-process time to import the modules (resolution, loading, evaluation) in a fresh Node process, median of ${runs} processes.`,
    '',
    table(
      ['import', 'median ms', 'min ms', 'max ms'],
      startup.map((row) =>
        row.error === undefined
          ? [row.label, fixed(row.medianMs, 1), fixed(row.minMs, 1), fixed(row.maxMs, 1)]
          : [row.label, `failed: ${row.error}`, '', ''],
      ),
    ),
  ].join('\n');
}

function firstSendSection(firstSend, runs) {
  return [
    '### From the first import to the first answer',
    '',
    `Import, create the client, send one message to the local server and read the answer, in a fresh Node process, median of ${runs} processes. ` +
      'This counts the modules a package loads on its first call instead of at import.',
    '',
    table(
      ['client', 'median ms', 'min ms', 'max ms'],
      firstSend.map((row) => [row.label, fixed(row.medianMs, 1), fixed(row.minMs, 1), fixed(row.maxMs, 1)]),
    ),
  ].join('\n');
}

function sizeSection(size) {
  const rows = [
    ...size.ours.map((row) => [
      row.label,
      kib(row.ownBytes),
      kib(row.core.tarballBytes + row.provider.tarballBytes),
      kib(row.dependencyBytes),
      kib(row.totalBytes),
      row.dependencies.map((item) => `${item.name} ${kib(item.bytes)}`).join(', '),
    ]),
    ...size.peers.map((row) => [
      `${row.label} (installed)`,
      kib(row.ownBytes),
      '',
      kib(row.dependencyBytes),
      kib(row.totalBytes),
      row.dependencies.length > 6
        ? `${row.dependencies.length} packages, largest ${row.dependencies
            .slice(0, 3)
            .map((item) => `${item.name} ${kib(item.bytes)}`)
            .join(', ')}`
        : row.dependencies.map((item) => `${item.name} ${kib(item.bytes)}`).join(', '),
    ]),
  ];
  return [
    '## Installed size',
    '',
    'Ours: `npm pack` of the built packages, unpacked, file sizes summed; plus their runtime dependencies as installed in node_modules. Peers: as installed by npm.',
    '',
    table(['what', 'own files', 'tarballs', 'runtime dependencies', 'total', 'dependencies'], rows),
  ].join('\n');
}

function memorySection(memory) {
  return [
    '## Memory',
    '',
    `${integer(memory[0]?.inFlight)} sends started at once (nothing awaited in between) in a fresh process after one warm-up send. Peak RSS growth over the RSS before the burst; sockets counted by the server.`,
    '',
    table(
      [
        'provider',
        'client',
        'peak RSS growth',
        'sockets opened',
        'peak sockets open',
        'connections setting',
        'failures',
        'elapsed ms',
      ],
      memory.map((row) => [
        row.provider,
        VARIANT_NAMES[row.variant] ?? row.variant,
        mib(row.peakRssGrowthBytes),
        integer(row.server.connectionsOpened),
        integer(row.server.peakConnectionsOpen),
        row.connectionsSetting === undefined ? 'none (Node global agent)' : String(row.connectionsSetting),
        row.failures === 0 ? '0' : `${row.failures} (${row.firstFailure})`,
        integer(row.elapsedMs),
      ]),
    ),
  ].join('\n');
}

function queueSection(queue) {
  if (queue.skipped !== undefined) return ['## Queue', '', `Skipped: ${queue.skipped}.`].join('\n');
  const settings = queue.settings;
  // A worker's CPU per recipient beside the direct send's, and their ratio.
  const againstDirect = (label, micros, ratio) => [
    label,
    `${fixed(micros, 2)} µs`,
    `${fixed(queue.directCpuMicrosPerRecipient, 2)} µs`,
    times(ratio),
  ];
  return [
    '## Queue (`@sms/queue` on a local redis-server)',
    '',
    `A campaign of ${integer(settings.recipients)} recipients streamed (an async generator) into \`queue.campaign(...)\`, which enqueues them as ${integer(Math.ceil(settings.recipients / settings.chunkSize))} chunk jobs of ${settings.chunkSize} into a paused queue (timed until \`enqueued()\` resolves); then one worker process (concurrency ${settings.workerConcurrency}, warmed up with ${integer(settings.warmupRecipients)} recipients) sends them through \`@sms/ghasedak\` to the minimal server (instant answers). The baseline is a direct \`client.send\` of the same chunks, ${settings.workerConcurrency} at a time, in a process of its own. CPU is \`process.cpuUsage\` of that one process (user + system), from the resume to the last job; Redis's own CPU (from /proc) is shown apart. Each round also sends the campaign through a worker with \`messageStatus: false\` (no per-recipient records), and through a bare BullMQ worker (\`new Worker(name, job => client.send(job.data.message))\`: no in-flight mark, references, records or campaign counts), which shows what BullMQ itself costs. Medians of ${settings.rounds} round(s).`,
    '',
    table(
      ['figure', 'through the queue', 'direct send', 'ratio'],
      [
        [
          'enqueue',
          `${integer(queue.enqueueRecipientsPerSecond)} recipients/s (${integer(queue.enqueueJobsPerSecond)} jobs/s)`,
          '',
          '',
        ],
        againstDirect('worker CPU per recipient', queue.workerCpuMicrosPerRecipient, queue.cpuRatio),
        ['Redis CPU per recipient', `${fixed(queue.redisCpuMicrosPerRecipient, 2)} µs`, '', ''],
        // Absent from results written before these rows existed.
        ...(queue.withoutRecordsWorkerCpuMicrosPerRecipient === undefined
          ? []
          : [
              againstDirect(
                'worker CPU per recipient, `messageStatus: false`',
                queue.withoutRecordsWorkerCpuMicrosPerRecipient,
                queue.withoutRecordsCpuRatio,
              ),
              [
                'Redis CPU per recipient, `messageStatus: false`',
                `${fixed(queue.withoutRecordsRedisCpuMicrosPerRecipient, 2)} µs`,
                '',
                '',
              ],
            ]),
        ...(queue.bareWorkerCpuMicrosPerRecipient === undefined
          ? []
          : [
              againstDirect(
                'worker CPU per recipient, a bare BullMQ worker that only sends',
                queue.bareWorkerCpuMicrosPerRecipient,
                queue.bareCpuRatio,
              ),
            ]),
        [
          'throughput, instant answers',
          `${integer(queue.queueRecipientsPerSecond)} recipients/s`,
          `${integer(queue.directRecipientsPerSecond)} recipients/s`,
          times(queue.queueRecipientsPerSecond / queue.directRecipientsPerSecond),
        ],
      ],
    ),
    '',
    `Throughput with worker processes against the minimal server answering every request after ${settings.answerDelayMs} ms (the server in its own process, Ghasedak v2 \`sms/send/pair\` answers): ${integer(settings.throughputRecipients)} recipients in jobs of ${settings.chunkSize}, each worker process at concurrency ${settings.throughputConcurrency}, timed from the resume of the paused queue to the last job.`,
    '',
    table(
      ['worker processes', 'recipients/s', 'elapsed'],
      queue.throughput.map((row) => [
        String(row.workers),
        integer(row.recipientsPerSecond),
        `${integer(row.elapsedMs)} ms`,
      ]),
    ),
    ...(queue.rateLimit === undefined ? [] : ['', rateLimitParagraph(queue.rateLimit)]),
  ].join('\n');
}

function rateLimitParagraph(rate) {
  return (
    `Rate-limit adherence: ${rate.workers} worker processes (concurrency ${rate.concurrency} each) share one \`createSharedRateLimits\` limit of ${rate.requestsPerSecond} requests/s against the ${rate.answerDelayMs} ms server, which has no limit of its own; chunks of ${rate.chunkSize} recipients, one request each. ` +
    `Over ${integer(rate.windowMs / 1000)} s at the server (from ${integer(rate.startMs)} ms after its first request; \`measureRateAdherence\`): **${rate.summary}** (${integer(rate.count)} requests).`
  );
}

function telemetrySection(rows) {
  return [
    '## Telemetry overhead',
    '',
    'A `createSmsClient` send through Ghasedak with `@sms/opentelemetry` (operation and attempt spans, metrics) and an OpenTelemetry SDK (async-hooks context, batch span processor, metric reader; exporters that drop), against the same client without either. Ratios are medians of per-round ratios.',
    '',
    table(
      [
        'concurrency',
        'CPU/msg without',
        'context manager only',
        'CPU/msg with',
        'CPU ratio',
        'CPU ratio to context manager only',
        'throughput ratio',
      ],
      rows.map((row) => [
        String(row.concurrency),
        `${fixed(row.client.cpuMicrosPerMessage, 1)} µs`,
        `${fixed(row.contextOnly.cpuMicrosPerMessage, 1)} µs (${times(row.contextRatios.cpuPerMessage)})`,
        `${fixed(row.instrumented.cpuMicrosPerMessage, 1)} µs`,
        times(row.ratios.cpuPerMessage),
        // Absent from results written before this column existed.
        times(row.overContextRatios?.cpuPerMessage),
        times(row.ratios.throughput),
      ]),
    ),
  ].join('\n');
}

function rateLimitSection(rows) {
  return [
    '## Rate-limit overhead',
    '',
    "A Ghasedak provider's `send` with a `rateLimit` it never reaches (every request takes the limiter's fast path: no promise, no timer) against the same provider without one, no network (a dispatcher that answers at once), so the difference is the limiter's own CPU. The two alternate round by round in one process; the ratio is the median of per-round ratios.",
    '',
    table(
      ['concurrency', 'CPU/send without', 'CPU/send with `rateLimit`', 'CPU ratio', 'rounds'],
      rows.map((row) => [
        String(row.concurrency),
        `${fixed(row.cpuMicrosWithout, 2)} µs`,
        `${fixed(row.cpuMicrosLimited, 2)} µs (${signed(row.cpuMicrosLimited - row.cpuMicrosWithout, 2)} µs)`,
        times(row.ratio),
        `${row.rounds.length} × ${integer(row.sends)} sends`,
      ]),
    ),
  ].join('\n');
}

function targetsSection(targets) {
  return [
    '## Targets',
    '',
    table(
      ['target', 'measured', 'met'],
      targets.map((check) => [
        check.target,
        `${check.unit === 'ms' ? `${fixed(check.value, 1)} ms` : times(check.value)}${check.interval === undefined ? '' : ` (95 % interval ${times(check.interval.low)}–${times(check.interval.high)})`}`,
        `${check.pass ? 'yes' : '**no**'}${check.settled === false ? ', not settled by this run alone' : ''}`,
      ]),
    ),
  ].join('\n');
}

export function renderMarkdown(results) {
  const sections = [
    `# Benchmark results${results.quick ? ' (quick run: small numbers, not comparable)' : ''}`,
    '',
    `Generated ${results.generatedAt} at commit ${results.commit ?? 'unknown'} · Node ${results.machine.node} · ${results.machine.platform} · ${results.machine.cpus} × ${results.machine.cpuModel}.`,
    '',
    `Machine load (\`uptime\`) before: \`${results.machine.loadBefore.uptime}\``,
    '',
    `after: \`${results.machine.loadAfter.uptime}\``,
    '',
    'Other work on the machine (other test suites) disturbs absolute figures; the ratios come from the same run, case by case, and hold better. The server runs in its own process; on 2 cores it competes with the client, so at concurrency 50 both clients can be limited by the server.',
  ];
  // The chart holds the per-send and bulk ratios: a run without them (`--only queue`) writes none.
  if (results.perSend !== undefined || results.bulk !== undefined) sections.push('', '![ratios](ratios.svg)');
  if (results.targets?.length > 0) sections.push('', targetsSection(results.targets));
  if (results.perSend !== undefined) sections.push('', perSendSection(results));
  if (results.bulk !== undefined) sections.push('', bulkSection(results.bulk));
  if (results.memory !== undefined) sections.push('', memorySection(results.memory));
  if (results.telemetry !== undefined) sections.push('', telemetrySection(results.telemetry));
  if (results.rateLimit !== undefined) sections.push('', rateLimitSection(results.rateLimit));
  if (results.startup !== undefined) sections.push('', startupSection(results.startup, results.settings.importRuns));
  if (results.firstSend !== undefined)
    sections.push('', firstSendSection(results.firstSend, results.settings.importRuns));
  if (results.size !== undefined) sections.push('', sizeSection(results.size));
  if (results.queue !== undefined) sections.push('', queueSection(results.queue));
  if (results.requests !== undefined) {
    sections.push(
      '',
      '## Requests replayed by the raw baseline',
      '',
      table(
        ['provider', 'method and path', 'headers', 'body bytes', 'replay identical'],
        Object.entries(results.requests).map(([name, request]) => [
          name,
          `${request.method} ${request.url}`,
          Object.keys(request.headers).join(', '),
          String(Buffer.byteLength(request.body)),
          request.replayIdentical === undefined
            ? 'template for the ideal bulk sender'
            : request.replayIdentical
              ? 'yes'
              : 'no',
        ]),
      ),
    );
  }
  return `${sections.join('\n')}\n`;
}
