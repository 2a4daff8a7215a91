import { fileURLToPath } from 'node:url';
import { GHASEDAK_CAPABILITIES } from '@sms/ghasedak';
import { startSimulator } from '@sms/simulator';
import { runCampaign, type CampaignProgressReport } from './campaign/run-campaign';
import { MissingRedisError, startLocalRedis } from './campaign/start-local-redis';

// `pnpm campaign`: 100,000 recipients through three worker processes and Redis against the simulator, one
// worker killed halfway, then the tally and the duplicates in the simulator's record (there must be none).
const RECIPIENTS = Number(process.env.CAMPAIGN_RECIPIENTS ?? 100_000);
const WORKERS = Number(process.env.CAMPAIGN_WORKERS ?? 3);
const interactive = process.stdout.isTTY === true;
const number = (value: number) => value.toLocaleString('en');

let redis;
try {
  redis = await startLocalRedis();
} catch (error) {
  if (!(error instanceof MissingRedisError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const simulator = await startSimulator({
  port: Number(process.env.SIMULATOR_PORT ?? 0),
  host: process.env.DEMO_HOST ?? '127.0.0.1',
  deliveryDelayMs: 3000,
  // Enough credit for the whole campaign (the default covers a few thousand messages).
  balance: { ghasedak: 1_000_000_000_000 },
});
const controller = new AbortController();
const interrupt = () => {
  if (interactive) process.stdout.write('\n');
  console.log('Interrupted: stopping the workers, the simulator and Redis…');
  controller.abort();
};
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);

console.log(`Inbox page: ${simulator.url}/  (the campaign's messages show there as they arrive)`);
console.log(
  `Redis:      ${redis.origin === 'REDIS_URL' ? 'REDIS_URL' : `a redis-server of its own at ${redis.url}, no persistence`}`,
);
console.log(
  `Campaign:   ${number(RECIPIENTS)} recipients streamed into queue.campaign(), ${WORKERS} worker processes, ` +
    `chunks of one Ghasedak request (${GHASEDAK_CAPABILITIES.maxRecipientsPerRequest} recipients)\n`,
);

let lastLineAt = 0;
const progress = (report: CampaignProgressReport) => {
  const width = 30;
  const filled = Math.round((report.settledRecipients / report.recipients) * width);
  const line =
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${number(report.settledRecipients)}/${number(report.recipients)} settled ` +
    `(${number(report.counts.sent)} sent, ${number(report.counts.failed)} failed, ${number(report.counts.unknown)} unknown), ` +
    `${number(report.counts.sending)} sending, ${number(report.counts.queued)} queued of ${number(report.enqueuedRecipients)} enqueued, ${(report.elapsedMs / 1000).toFixed(1)} s`;
  if (interactive) process.stdout.write(`\r\u001b[2K${line}`);
  else if (report.elapsedMs - lastLineAt >= 1000 || report.settledRecipients === report.recipients) {
    lastLineAt = report.elapsedMs;
    console.log(line);
  }
};
const event = (line: string) => {
  if (interactive) process.stdout.write('\r\u001b[2K');
  console.log(line);
};

let exitCode = 1;
try {
  const result = await runCampaign({
    redisUrl: redis.url,
    simulator,
    workerScript: fileURLToPath(new URL('./campaign-worker.js', import.meta.url)),
    recipients: RECIPIENTS,
    workers: WORKERS,
    reporter: { progress, event },
    signal: controller.signal,
  });
  if (interactive) process.stdout.write('\n');
  const accounted = result.sent + result.failed + result.unknown + result.canceled;
  console.log(`
Done in ${(result.elapsedMs / 1000).toFixed(1)} s (all ${number(result.jobs)} chunks enqueued after ${(result.enqueueMs / 1000).toFixed(1)} s). The campaign's counters:

  sent        ${number(result.sent)}  (${number(result.sentRecordedByProvider)} of them in the simulator's record)
  failed      ${number(result.failed)}
  unknown     ${number(result.unknown)}  (in flight when the worker was killed, not settled by the lookup at the simulator; ${number(result.unknownRecordedByProvider)} of them reached it: nothing is resent)
  canceled    ${number(result.canceled)}${Object.entries(result.issues)
    .map(
      ([kind, issue]) =>
        `\n  why         ${number(issue.count)} ${kind}${issue.message === undefined ? '' : `: ${issue.message}`}`,
    )
    .join('')}
  total       ${number(accounted)} of ${number(result.recipients)}
  duplicates  ${number(result.duplicates)} in the simulator's record of ${number(result.ledgerMessages)} messages
`);
  exitCode =
    result.duplicates === 0 &&
    accounted === result.recipients &&
    result.recipients === RECIPIENTS &&
    result.sentRecordedByProvider === result.sent
      ? 0
      : 1;
  if (exitCode !== 0)
    console.log(
      'Something is off: the tally does not add up, a sent recipient is missing from the simulator, or a recipient got a message twice.',
    );
} catch (error) {
  if (interactive) process.stdout.write('\n');
  if (!controller.signal.aborted) console.error(error instanceof Error ? error.message : error);
} finally {
  await simulator.close();
  await redis.stop();
}
process.exit(controller.signal.aborted ? 130 : exitCode);
