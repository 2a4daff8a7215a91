import { SmsError, isSendResult } from '@sms/core';
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { CampaignChunkOfJob } from '../campaign/campaign-chunk-of-job';
import { settleCanceledChunk, withCampaignChunks } from '../campaign/with-campaign-chunks';
import { toConnectionOptions } from '../connection/to-connection-options';
import { DEFAULT_QUEUE_NAME } from '../jobs/default-queue-name';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult, SmsJobSettlement } from '../jobs/sms-job-data';
import { recordJobMessages } from '../messages/record-job-messages';
import { assertStatusPolls, startStatusPolls } from '../messages/start-status-polls';
import { observeJobs } from '../observability/observe-jobs';
import { summarizeError } from '../status/summarize-error';
import { toQueuedResult } from '../status/to-queued-result';
import { retryDelay } from './retry-delay';
import { markInFlight, withReconciled } from './mark-in-flight';
import { DEFAULT_RECONCILE_AFTER_MS, reconcileJob } from './reconcile-job';
import { sendJob } from './send-job';
import { settleSent } from './settle-sent';
import { writeInFlightMark } from './write-in-flight-mark';
import type { SmsWorkerOptions } from './sms-worker-types';
import { wasAccepted } from '../status/was-accepted';

export interface SmsWorker {
  /** The BullMQ worker underneath, for its events. */
  readonly worker: Worker<SmsJobData, SmsJobResult>;
  /** Stops taking jobs and resolves once the sends in flight have finished. The client is left open. */
  close(): Promise<void>;
}

type SmsJob = Job<SmsJobData, SmsJobResult>;

function withoutInFlight(data: SmsJobData): SmsJobData {
  const { inFlight: _inFlight, ...rest } = data;
  return rest;
}

// A send that went through for some recipients before failing cannot be repeated as a whole.
function wentThroughInPart(error: SmsError): boolean {
  return error.result !== undefined && isSendResult(error.result) && error.result.messages.some(wasAccepted);
}

type RecordMessages = (job: SmsJob, returned?: SmsJobResult) => Promise<void>;

async function settle(
  job: SmsJob,
  data: SmsJobData,
  settlement: Omit<SmsJobSettlement, 'at'>,
  record: RecordMessages,
): Promise<never> {
  // Recipients an earlier reconciliation found sent stay part of how the job ended.
  const result = settlement.result ?? data.reconciled;
  await job.updateData({
    ...data,
    settlement: { ...settlement, ...(result === undefined ? {} : { result }), at: new Date().toISOString() },
  });
  await record(job);
  // Unrecoverable: BullMQ must not retry it whatever attempts the job was given.
  throw new UnrecoverableError(settlement.error.message);
}

/**
 * The sending side: takes jobs enqueued by `createSmsQueue` and sends each through `client`. A send is
 * retried only after the provider provably did not act on it; a job whose request may have gone out is never
 * sent again, by this worker or any other.
 */
export function createSmsWorker(options: SmsWorkerOptions): SmsWorker {
  const { client } = options;
  if (typeof client?.send !== 'function')
    throw new SmsError('createSmsWorker needs `client`, a client from createSmsClient.', { code: 'INVALID_INPUT' });
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new SmsError(`createSmsWorker: \`attempts\` must be a whole number of at least 1, not ${String(attempts)}.`, {
      code: 'INVALID_INPUT',
    });
  const pollSettings = options.statusPolls === undefined ? undefined : assertStatusPolls(options.statusPolls);
  const messageStatus = options.messageStatus ?? true;
  if (typeof messageStatus !== 'boolean')
    throw new SmsError(`createSmsWorker: \`messageStatus\` must be true or false, not ${String(messageStatus)}.`, {
      code: 'INVALID_INPUT',
    });
  if (!messageStatus && pollSettings !== undefined)
    throw new SmsError(
      'createSmsWorker: `statusPolls` update the message records that `messageStatus: false` turns off; drop one of them.',
      { code: 'INVALID_INPUT' },
    );
  // Per-recipient records cost about 1.8 µs of worker CPU and 31 µs of Redis CPU per recipient (bench/results/queue).
  const record: RecordMessages = messageStatus ? recordJobMessages : async () => {};
  const settleSentJob = (job: SmsJob, sent: SmsJobResult, chunk: CampaignChunkOfJob | undefined) =>
    settleSent(job, sent, chunk, messageStatus);

  const reconcileAfterMs = options.reconcileAfterMs ?? DEFAULT_RECONCILE_AFTER_MS;
  if (!Number.isFinite(reconcileAfterMs) || reconcileAfterMs < 0)
    throw new SmsError(
      `createSmsWorker: \`reconcileAfterMs\` must be a number of milliseconds of at least 0, not ${String(reconcileAfterMs)}.`,
      { code: 'INVALID_INPUT' },
    );

  const processJob = async (job: SmsJob, token?: string, chunk?: CampaignChunkOfJob): Promise<SmsJobResult> => {
    let data = job.data;
    if (data.inFlight !== undefined) {
      // Its worker stopped mid-request: never sent again blindly, see reconcile-job.ts.
      const next = await reconcileJob(client, data, job.id ?? '', reconcileAfterMs);
      if (next.kind === 'wait') {
        await job.moveToDelayed(next.untilMs, token);
        throw new DelayedError();
      }
      if (next.kind === 'settle') return settle(job, withoutInFlight(data), next.settlement, record);
      if (next.kind === 'sent') {
        await job.updateData(withoutInFlight(data));
        const sent = { result: next.result, at: new Date().toISOString() };
        await settleSentJob(job, sent, chunk);
        return sent;
      }
      data = next.data;
    }

    // Written to Redis before the request: if this worker dies from here on, whichever worker gets the job
    // next sees it and does not send again.
    const recipients = recipientsOf(data.message);
    const { inFlight, sending, references } = markInFlight(client, data, job.id ?? '');
    if ((await writeInFlightMark(job, data, inFlight, chunk)) === 'canceled') return settleCanceledChunk(job, data);
    try {
      const result = await sendJob(client, sending);
      const sent = { result: withReconciled(data, toQueuedResult(result)), at: new Date().toISOString() };
      await settleSentJob(job, sent, chunk);
      return sent;
    } catch (thrown) {
      const error = summarizeError(thrown);
      if (!SmsError.isInstance(thrown) || thrown.outcome !== 'not-sent')
        return settle(
          job,
          withoutInFlight(data),
          {
            state: 'unknown',
            recipients,
            references,
            ...(inFlight.providers === undefined ? {} : { providers: inFlight.providers }),
            since: inFlight.since,
            error,
          },
          record,
        );
      const partial = wentThroughInPart(thrown);
      const partialResult =
        partial && thrown.result !== undefined && isSendResult(thrown.result)
          ? toQueuedResult(thrown.result)
          : undefined;
      const refusals = (data.refusals ?? 0) + 1;
      if (!thrown.retryable || partial || refusals >= attempts)
        return settle(
          job,
          { ...withoutInFlight(data), refusals },
          {
            state: 'failed',
            error,
            ...(partialResult === undefined ? {} : { result: partialResult }),
          },
          record,
        );
      // Proven refusal: clear the in-flight mark (nothing is out) and come back after the backoff.
      await job.updateData({ ...withoutInFlight(data), refusals });
      await job.moveToDelayed(Date.now() + retryDelay(options.backoff, refusals, thrown), token);
      throw new DelayedError();
    }
  };

  const handleJob = observeJobs(
    options.hooks,
    withCampaignChunks(client, () => worker, processJob),
  );
  const worker = new Worker<SmsJobData, SmsJobResult>(options.name ?? DEFAULT_QUEUE_NAME, handleJob, {
    connection: toConnectionOptions(options.connection, 'createSmsWorker'),
    concurrency: options.concurrency ?? 1,
    // A stalled job is safe to hand out again: the in-flight mark sends it to reconciliation, never to a blind
    // resend. BullMQ fails a job past this count without asking the provider, leaving it `unknown`, so allow a few
    // (a job whose next worker was killed too, as in the kill test).
    maxStalledCount: 5,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.telemetry === undefined ? {} : { telemetry: options.telemetry }),
    ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
    ...(options.stalledIntervalMs === undefined ? {} : { stalledInterval: options.stalledIntervalMs }),
  });
  const onError = options.onError ?? ((error: Error) => console.error(`@sms/queue worker: ${error.message}`));
  worker.on('error', onError);
  const statusPolls = pollSettings && startStatusPolls(worker, client, pollSettings, onError);

  return {
    worker,
    close: async () => {
      await statusPolls?.stop();
      await worker.close();
    },
  };
}
