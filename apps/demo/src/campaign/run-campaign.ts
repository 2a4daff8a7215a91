import { randomUUID } from 'node:crypto';
import { createSmsQueue } from '@sms/queue';
import type { Simulator } from '@sms/simulator';
import { campaignRecipients, subscriberNumber } from './campaign-recipients';
import { countLedgerDuplicates } from './count-ledger-duplicates';
import { enqueueCampaign, type EnqueuedCampaign } from './enqueue-campaign';
import { readCampaignProgress, readCampaignTally } from './read-campaign-progress';
import { createWorkerProcesses, type WorkerProcess } from './worker-processes';

export interface CampaignOptions {
  redisUrl: string;
  /** A running simulator: the workers send to its Ghasedak API, and its record is the ledger checked at the end. */
  simulator: Simulator;
  /** The worker entry, run as `node <workerScript>` once per worker process. */
  workerScript: string;
  recipients: number;
  workers: number;
  text?: string;
  /** Recipients per job. Default 100 (one Ghasedak request). */
  chunkSize?: number;
  /** Jobs each worker process sends at once. Default 4. */
  workerConcurrency?: number;
  /** SIGKILL one worker once half the campaign has settled. Default true. */
  killOneWorker?: boolean;
  /** Start a new worker in place of the killed one. Default true. */
  replaceKilledWorker?: boolean;
  /**
   * How soon the jobs of a killed worker are taken back (BullMQ lock and stalled check). Defaults 5,000 and
   * 2,000 ms: short, so the demo does not wait the library's 30 s.
   */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  reporter?: CampaignReporter;
  signal?: AbortSignal;
}

export interface CampaignProgressReport {
  recipients: number;
  enqueuedRecipients: number;
  /** Recipients in settled jobs (sent, failed or unknown). */
  settledRecipients: number;
  elapsedMs: number;
}

export interface CampaignReporter {
  progress?(report: CampaignProgressReport): void;
  /** A line worth saying: workers started, the kill, the replacement. */
  event?(line: string): void;
}

export interface CampaignResult {
  recipients: number;
  jobs: number;
  sent: number;
  failed: number;
  unknown: number;
  /** Of the `unknown` recipients, those the simulator recorded: what reconciliation with the provider would find. */
  unknownRecordedByProvider: number;
  /** Messages in the simulator's record for this campaign. */
  ledgerMessages: number;
  /** Recipients the simulator recorded more than once. */
  duplicates: number;
  killedWorker?: { number: number; pid: number; atSettledRecipients: number };
  enqueueMs: number;
  elapsedMs: number;
}

const DEFAULT_TEXT = 'Spring sale: 20% off everything until Friday. Reply STOP to opt out.';
const POLL_MS = 250;
// Nothing settling for this long means something is stuck: better an error than a bar that never ends.
const STUCK_AFTER_MS = 60_000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Runs a campaign end to end: worker processes on a queue of its own, the recipients enqueued in chunks while
 * the workers send to the simulator, one worker killed halfway, then the tally from the jobs' statuses and the
 * duplicates in the simulator's record.
 */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const started = performance.now();
  const chunkSize = options.chunkSize ?? 100;
  const campaignId = randomUUID().slice(0, 8);
  const queueName = `sms-campaign-${campaignId}`;
  const ledgerBefore = options.simulator.messages({ provider: 'ghasedak' }).length;
  const sms = createSmsQueue({ connection: options.redisUrl, name: queueName });
  const workers = createWorkerProcesses(options.workerScript, {
    redisUrl: options.redisUrl,
    queueName,
    ghasedak: {
      baseUrl: options.simulator.baseUrls.ghasedak,
      apiKey: options.simulator.credentials.ghasedak.apiKey,
      lineNumber: '10008566',
    },
    concurrency: options.workerConcurrency ?? 4,
    lockDurationMs: options.lockDurationMs ?? 5000,
    stalledIntervalMs: options.stalledIntervalMs ?? 2000,
  });
  const say = (line: string) => options.reporter?.event?.(line);
  const abortIfAsked = () => options.signal?.throwIfAborted();

  try {
    await Promise.all(
      Array.from({ length: options.workers }, async () => {
        const worker = await workers.start();
        say(`worker ${worker.number} started (pid ${worker.pid})`);
      }),
    );
    abortIfAsked();

    let enqueuedRecipients = 0;
    let campaign: EnqueuedCampaign | undefined;
    let enqueueMs = 0;
    let enqueueError: unknown;
    const enqueuing = enqueueCampaign(sms, {
      id: campaignId,
      recipients: campaignRecipients(options.recipients),
      text: options.text ?? DEFAULT_TEXT,
      chunkSize,
      onEnqueued: (_jobs, recipients) => {
        enqueuedRecipients = recipients;
      },
    }).then(
      (enqueued) => {
        campaign = enqueued;
        enqueueMs = performance.now() - started;
      },
      (error: unknown) => {
        enqueueError = error;
      },
    );

    const totalJobs = Math.ceil(options.recipients / chunkSize);
    let killed: CampaignResult['killedWorker'];
    let replacing: Promise<WorkerProcess> | undefined;
    let lastSettled = -1;
    let lastChangeAt = performance.now();
    for (;;) {
      abortIfAsked();
      if (enqueueError !== undefined) throw enqueueError;
      const progress = await readCampaignProgress(sms);
      const settledRecipients = Math.min(options.recipients, progress.settledJobs * chunkSize);
      options.reporter?.progress?.({
        recipients: options.recipients,
        // A job can settle before its `send` call has read back its state: never show fewer enqueued than settled.
        enqueuedRecipients: Math.max(enqueuedRecipients, settledRecipients),
        settledRecipients,
        elapsedMs: performance.now() - started,
      });
      if (campaign !== undefined && progress.settledJobs >= totalJobs) break;

      if ((options.killOneWorker ?? true) && killed === undefined && progress.settledJobs >= totalJobs / 2) {
        const victim = workers.running[0];
        if (victim !== undefined) {
          victim.kill();
          killed = { number: victim.number, pid: victim.pid, atSettledRecipients: settledRecipients };
          say(
            `killed worker ${victim.number} (pid ${victim.pid}) with SIGKILL at ${settledRecipients.toLocaleString('en')} recipients: ` +
              'its jobs in flight settle as unknown once its lock expires, never sent twice',
          );
          if (options.replaceKilledWorker ?? true)
            replacing = workers.start().then((worker) => {
              say(`worker ${worker.number} started (pid ${worker.pid}) in place of worker ${victim.number}`);
              return worker;
            });
        }
      }

      if (progress.settledJobs !== lastSettled) {
        lastSettled = progress.settledJobs;
        lastChangeAt = performance.now();
      } else if (performance.now() - lastChangeAt > STUCK_AFTER_MS) {
        throw new Error(
          `No job of the campaign settled for ${STUCK_AFTER_MS / 1000} s (${progress.settledJobs} of ${totalJobs} settled, ${progress.activeJobs} active): are the workers running?`,
        );
      }
      await sleep(POLL_MS);
    }
    await enqueuing;
    await replacing;
    if (campaign === undefined) throw new Error('The campaign was not enqueued.');

    const tally = await readCampaignTally(sms, campaign);
    const ledger = options.simulator.messages({ provider: 'ghasedak' }).slice(ledgerBefore);
    const recorded = new Set(ledger.map((message) => subscriberNumber(message.recipient)));
    const result: CampaignResult = {
      recipients: campaign.recipients,
      jobs: campaign.jobs.length,
      sent: tally.sent,
      failed: tally.failed,
      // Every job has settled by now, so nothing is pending; were one not, its recipients could not be called sent.
      unknown: tally.unknown + tally.pending,
      unknownRecordedByProvider: tally.unknownRecipients.filter((recipient) =>
        recorded.has(subscriberNumber(recipient)),
      ).length,
      ledgerMessages: ledger.length,
      duplicates: countLedgerDuplicates(ledger),
      enqueueMs,
      elapsedMs: performance.now() - started,
    };
    if (killed !== undefined) result.killedWorker = killed;
    return result;
  } finally {
    await workers.stopAll();
    // The campaign's queue is its own: nothing of it is left in Redis (a REDIS_URL server keeps no trace).
    await sms.queue.obliterate({ force: true }).catch(() => undefined);
    await sms.close();
  }
}
