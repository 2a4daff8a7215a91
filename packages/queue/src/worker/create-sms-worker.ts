import { SmsError, isSendResult } from '@sms/core';
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import { withCampaignChunks } from '../campaign/with-campaign-chunks';
import { toConnectionOptions } from '../connection/to-connection-options';
import { DEFAULT_QUEUE_NAME } from '../jobs/default-queue-name';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult, SmsJobSettlement } from '../jobs/sms-job-data';
import { summarizeError } from '../status/summarize-error';
import { toQueuedResult } from '../status/to-queued-result';
import { retryDelay } from './retry-delay';
import { sendJob } from './send-job';
import type { SmsWorkerOptions } from './sms-worker-types';

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
  return (
    error.result !== undefined &&
    isSendResult(error.result) &&
    error.result.messages.some((message) => message.error === undefined && message.status !== 'failed')
  );
}

async function settle(job: SmsJob, data: SmsJobData, settlement: Omit<SmsJobSettlement, 'at'>): Promise<never> {
  await job.updateData({ ...data, settlement: { ...settlement, at: new Date().toISOString() } });
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

  const processJob = async (job: SmsJob, token?: string): Promise<SmsJobResult> => {
    const data = job.data;
    if (data.inFlight !== undefined)
      return settle(job, data, {
        state: 'unknown',
        recipients: data.inFlight.recipients,
        error: {
          code: 'INTERRUPTED',
          message:
            `A worker stopped while this send's request may have been out (since ${data.inFlight.since}); ` +
            'it is not sent again. Check with the provider whether these recipients got it.',
          outcome: 'unknown',
          retryable: false,
        },
      });

    // Written to Redis before the request: if this worker dies from here on, whichever worker gets the job
    // next sees it and does not send again.
    const recipients = recipientsOf(data.message);
    await job.updateData({ ...data, inFlight: { recipients, since: new Date().toISOString() } });
    try {
      const result = await sendJob(client, data);
      return { result: toQueuedResult(result), at: new Date().toISOString() };
    } catch (thrown) {
      const error = summarizeError(thrown);
      if (!SmsError.isInstance(thrown) || thrown.outcome !== 'not-sent')
        return settle(job, withoutInFlight(data), { state: 'unknown', recipients, error });
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
        );
      // Proven refusal: clear the in-flight mark (nothing is out) and come back after the backoff.
      await job.updateData({ ...withoutInFlight(data), refusals });
      await job.moveToDelayed(Date.now() + retryDelay(options.backoff, refusals, thrown), token);
      throw new DelayedError();
    }
  };

  const handleJob = withCampaignChunks(client, () => worker, processJob);
  const worker = new Worker<SmsJobData, SmsJobResult>(options.name ?? DEFAULT_QUEUE_NAME, handleJob, {
    connection: toConnectionOptions(options.connection, 'createSmsWorker'),
    concurrency: options.concurrency ?? 1,
    // One restart after a stall is enough to settle the job as `unknown`; it is never sent twice.
    maxStalledCount: 1,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
    ...(options.stalledIntervalMs === undefined ? {} : { stalledInterval: options.stalledIntervalMs }),
  });
  const onError = options.onError ?? ((error: Error) => console.error(`@sms/queue worker: ${error.message}`));
  worker.on('error', onError);

  return {
    worker,
    close: () => worker.close(),
  };
}
