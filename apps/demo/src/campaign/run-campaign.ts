import { randomUUID } from 'node:crypto';
import { GHASEDAK_CAPABILITIES } from '@sms/ghasedak';
import { createSmsQueue, type CampaignCounts, type CampaignStatus } from '@sms/queue';
import type { Simulator } from '@sms/simulator';
import { campaignRecipients, subscriberNumber } from './campaign-recipients';
import { countLedgerDuplicates } from './count-ledger-duplicates';
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
  /** Recipients per job. Default: Ghasedak's per-request limit (`GHASEDAK_CAPABILITIES`, 100). */
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
  /**
   * How long after a killed worker's request went out its chunk is looked up at the simulator by reference
   * (found: sent; provably not there: sent once; otherwise unknown). Default 10,000 ms: the simulator answers in
   * milliseconds, so the demo does not wait the library's 60 s.
   */
  reconcileAfterMs?: number;
  reporter?: CampaignReporter;
  signal?: AbortSignal;
}

export interface CampaignProgressReport {
  recipients: number;
  /** Recipients in the queue so far (the campaign's own count). */
  enqueuedRecipients: number;
  /** Recipients whose chunk has settled: sent, failed, unknown or canceled. */
  settledRecipients: number;
  /** The campaign's counters per recipient state, exact (not chunks × chunk size). */
  counts: CampaignCounts;
  elapsedMs: number;
}

export interface CampaignReporter {
  progress?(report: CampaignProgressReport): void;
  /** A line worth saying: workers started, the kill, the replacement. */
  event?(line: string): void;
}

export interface CampaignResult {
  id: string;
  recipients: number;
  /** Chunk jobs: one provider request each. */
  jobs: number;
  /** From the campaign's counters. */
  sent: number;
  failed: number;
  unknown: number;
  canceled: number;
  /** Of the `unknown` recipients, those the simulator recorded: what reconciliation with the provider would find. */
  unknownRecordedByProvider: number;
  /**
   * Why recipients are failed, unknown or canceled: by state and error code (`unknown INTERRUPTED`: a killed
   * worker's chunk that the lookup could not settle), with the first such error's message.
   */
  issues: Record<string, { count: number; message?: string }>;
  /** Recipients the simulator recorded that the campaign does not list as failed, unknown or canceled: its `sent` ones. */
  sentRecordedByProvider: number;
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

const settledOf = (counts: CampaignCounts) => counts.sent + counts.failed + counts.unknown + counts.canceled;

function isFinished(status: CampaignStatus): boolean {
  return status.state === 'done' || (status.state === 'canceled' && status.settledChunks >= status.chunks);
}

/**
 * Runs a campaign end to end: worker processes on a queue of its own, the recipients streamed into
 * `queue.campaign(...)` while the workers send to the simulator, one worker killed halfway, then the tally from
 * the campaign's counters and the duplicates in the simulator's record.
 */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const started = performance.now();
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
    reconcileAfterMs: options.reconcileAfterMs ?? 10_000,
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

    // The campaign reads the recipients as they come and cuts them into chunks of one Ghasedak request each.
    const campaign = sms.campaign(
      campaignRecipients(options.recipients),
      { text: options.text ?? DEFAULT_TEXT },
      {
        id: campaignId,
        ...(options.chunkSize === undefined
          ? { capabilities: GHASEDAK_CAPABILITIES }
          : { chunkSize: options.chunkSize }),
      },
    );
    let enqueueMs: number | undefined;
    let enqueueError: unknown;
    const enqueuing = campaign.enqueued().then(
      () => {
        enqueueMs = performance.now() - started;
      },
      (error: unknown) => {
        enqueueError = error;
      },
    );

    let killed: CampaignResult['killedWorker'];
    let replacing: Promise<WorkerProcess> | undefined;
    let lastSettled = -1;
    let lastChangeAt = performance.now();
    let status: CampaignStatus;
    for (;;) {
      abortIfAsked();
      if (enqueueError !== undefined) throw enqueueError;
      status = await campaign.status();
      const settledRecipients = settledOf(status.counts);
      options.reporter?.progress?.({
        recipients: options.recipients,
        enqueuedRecipients: status.recipients,
        settledRecipients,
        counts: status.counts,
        elapsedMs: performance.now() - started,
      });
      if (isFinished(status)) break;

      if ((options.killOneWorker ?? true) && killed === undefined && settledRecipients >= options.recipients / 2) {
        const victim = workers.running[0];
        if (victim !== undefined) {
          victim.kill();
          killed = { number: victim.number, pid: victim.pid, atSettledRecipients: settledRecipients };
          say(
            `killed worker ${victim.number} (pid ${victim.pid}) with SIGKILL at ${settledRecipients.toLocaleString('en')} recipients: ` +
              'once its lock expires, its chunks in flight are looked up at the simulator by reference, never sent twice blindly',
          );
          if (options.replaceKilledWorker ?? true)
            replacing = workers.start().then((worker) => {
              say(`worker ${worker.number} started (pid ${worker.pid}) in place of worker ${victim.number}`);
              return worker;
            });
        }
      }

      if (settledRecipients !== lastSettled) {
        lastSettled = settledRecipients;
        lastChangeAt = performance.now();
      } else if (performance.now() - lastChangeAt > STUCK_AFTER_MS) {
        throw new Error(
          `No recipient of the campaign settled for ${STUCK_AFTER_MS / 1000} s (${settledRecipients} of ${status.recipients} settled, ` +
            `${status.counts.sending} sending, ${status.counts.queued} queued): are the workers running?`,
        );
      }
      await sleep(POLL_MS);
    }
    await enqueuing;
    await replacing;
    if (enqueueError !== undefined) throw enqueueError;

    // Who did not get it (failed, unknown, canceled), read a chunk at a time; everyone else was sent.
    const report = await campaign.report();
    const notSent = new Map<string, string>();
    const issues: CampaignResult['issues'] = {};
    for await (const issue of report.issues()) {
      notSent.set(subscriberNumber(issue.to), issue.state);
      const kind = `${issue.state} ${issue.error?.code ?? '(no error code)'}`;
      issues[kind] ??= { count: 0, ...(issue.error === undefined ? {} : { message: issue.error.message }) };
      issues[kind].count += 1;
    }
    const ledger = options.simulator.messages({ provider: 'ghasedak' }).slice(ledgerBefore);
    const recorded = new Set(ledger.map((message) => subscriberNumber(message.recipient)));
    let unknownRecordedByProvider = 0;
    let sentRecordedByProvider = 0;
    for (const number of recorded) {
      const state = notSent.get(number);
      if (state === undefined) sentRecordedByProvider += 1;
      else if (state === 'unknown') unknownRecordedByProvider += 1;
    }
    const result: CampaignResult = {
      id: campaignId,
      recipients: status.recipients,
      jobs: status.chunks,
      sent: status.counts.sent,
      failed: status.counts.failed,
      unknown: status.counts.unknown,
      canceled: status.counts.canceled,
      unknownRecordedByProvider,
      issues,
      sentRecordedByProvider,
      ledgerMessages: ledger.length,
      duplicates: countLedgerDuplicates(ledger),
      enqueueMs: enqueueMs ?? performance.now() - started,
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
