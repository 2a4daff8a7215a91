import type { SendResult, SmsClient } from '@sms/core';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import type { QueuedSendResult } from '../status/sms-job-status';
import type { CampaignChunkOfJob } from './campaign-chunk-of-job';
import { campaignKeys, campaignRedis, runCampaignScript, type CampaignRedisSource } from './campaign-redis';
import { settledDistribution, type Distribution } from './settled-distribution';

type SmsJob = Job<SmsJobData, SmsJobResult>;
type ProcessJob = (job: SmsJob, token?: string, chunk?: CampaignChunkOfJob) => Promise<SmsJobResult>;

function toTarget(result: QueuedSendResult): SendResult {
  // The ids are what a cancel needs; per-recipient error summaries are left out.
  return { ...result, messages: result.messages.map(({ error: _error, ...message }) => message) } as SendResult;
}

/**
 * Ends a chunk whose campaign was canceled before a worker sent it: nothing was sent. Its counts move to canceled
 * when the error reaches `withCampaignChunks`.
 */
export async function settleCanceledChunk(job: SmsJob, data: SmsJobData): Promise<never> {
  await job.updateData({
    ...data,
    settlement: {
      state: 'canceled',
      error: {
        code: 'ABORTED',
        message: 'Its campaign was canceled before a worker took this chunk; nothing was sent.',
        outcome: 'not-sent',
        retryable: false,
      },
      at: new Date().toISOString(),
    },
  });
  throw new UnrecoverableError('Its campaign was canceled; nothing was sent.');
}

/**
 * Wraps the worker's job handler for campaign chunks: gives `processJob` the chunk, which it counts as sending
 * and as sent in the same round trips as its in-flight mark and its records (or settles as `canceled` without
 * sending when its campaign was canceled); counts every other ending here (a repeated transition counts nothing
 * twice), and runs the `cancel` jobs of provider-scheduled campaigns. Jobs outside campaigns go straight to
 * `processJob`.
 */
export function withCampaignChunks(
  client: SmsClient,
  sourceOf: () => CampaignRedisSource,
  processJob: ProcessJob,
): ProcessJob {
  return async (job, token) => {
    const data = job.data;
    if (data.campaignId === undefined || data.campaignChunk === undefined) return processJob(job, token);
    const source = sourceOf();
    const keys = campaignKeys(source, data.campaignId);
    const index = data.campaignChunk;
    const move = (distribution: Distribution) =>
      runCampaignScript(source, 'smsCampaignMoveChunk', keys, [index, JSON.stringify(distribution)]);

    if (data.operation === 'cancel') {
      const result = data.message as QueuedSendResult;
      const answer = await client.cancel(
        toTarget(result),
        data.provider === undefined ? {} : { provider: data.provider },
      );
      await runCampaignScript(source, 'smsCampaignProviderCanceled', keys, [index, answer.canceled.length]);
      const cancel: NonNullable<SmsJobResult['cancel']> = { canceled: answer.canceled };
      if (answer.notCanceled !== undefined) cancel.notCanceled = answer.notCanceled;
      if (answer.unknown !== undefined) cancel.unknown = answer.unknown;
      return { result, at: new Date().toISOString(), cancel };
    }

    const count = recipientsOf(data.message).length;
    // A chunk an interrupted worker left in flight goes on to settle as `unknown`, canceled or not: it is counted
    // as sending here. Any other chunk is counted with its in-flight mark, in the same round trip, unless its
    // campaign was canceled (then `settleCanceledChunk`).
    const taken = data.inFlight !== undefined;
    if (taken) await move({ sending: count });
    const chunk: CampaignChunkOfJob = { keys, index, recipients: count, taken };

    let returned: SmsJobResult;
    try {
      returned = await processJob(job, token, chunk);
    } catch (error) {
      // The job's own outcome goes to BullMQ whatever happens to the counters.
      const next =
        error instanceof DelayedError ? { queued: count } : settledDistribution(count, undefined, job.data.settlement);
      await move(next).catch(() => undefined);
      throw error;
    }
    // The worker counted it sent with its records. From here the send went out: a failure of the bookkeeping
    // must not turn it into a failed job.
    try {
      // Canceled while this chunk was out: what the provider scheduled is canceled there now.
      if (
        returned.result.sendAt !== undefined &&
        (await (await campaignRedis(source)).hget(keys.campaign, 'state')) === 'canceled'
      ) {
        const answer = await client.cancel(
          toTarget(returned.result),
          data.provider === undefined ? {} : { provider: data.provider },
        );
        await runCampaignScript(source, 'smsCampaignProviderCanceled', keys, [index, answer.canceled.length]);
      }
    } catch {
      // The provider keeps what it scheduled; the chunk's job says `sent` and its counts say so too.
    }
    return returned;
  };
}
