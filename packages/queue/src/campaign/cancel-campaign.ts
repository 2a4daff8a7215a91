import { randomUUID } from 'node:crypto';
import { Job, type KeepJobs, type Queue } from 'bullmq';
import { jobIdOf } from '../jobs/job-id-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { cancelQueuedJob } from '../producer/cancel-queued-job';
import { campaignCancelKey, campaignChunkJobId } from './campaign-chunk-job';
import { campaignKeys, runCampaignScript } from './campaign-redis';
import type { CampaignStatus } from './campaign-types';
import { readCampaignStatus } from './read-campaign-status';

export interface CancelCampaignContext {
  queue: Queue<SmsJobData, SmsJobResult>;
  keep: KeepJobs;
  keepSeconds: number;
}

/**
 * Cancels a campaign: marks it canceled first (so its enqueue stops and workers skip any chunk they still
 * get), removes every chunk no worker has taken, and for a provider-scheduled campaign enqueues a `cancel`
 * job per sent chunk, which a worker runs with `client.cancel`. Chunks a worker holds settle as they end.
 * Resolves to the campaign's status afterwards, `undefined` when Redis has no such campaign.
 */
export async function cancelCampaign(
  context: CancelCampaignContext,
  campaignId: string,
): Promise<CampaignStatus | undefined> {
  const { queue } = context;
  const before = await runCampaignScript(queue, 'smsCampaignCancel', campaignKeys(queue, campaignId), [
    new Date().toISOString(),
  ]);
  if (typeof before !== 'string') return undefined;
  const status = await readCampaignStatus(queue, campaignId);
  if (status === undefined) return undefined;
  for (let index = 0; index < status.chunks; index += 1) {
    const jobId = campaignChunkJobId(campaignId, index);
    const state = await cancelQueuedJob(queue, jobId, context.keepSeconds);
    if (state !== 'sent' || status.schedule !== 'provider') continue;
    const job = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
    const result = job?.returnvalue?.result;
    if (result === undefined) continue;
    const idempotencyKey = campaignCancelKey(campaignId, index);
    const data: SmsJobData = {
      operation: 'cancel',
      message: result,
      idempotencyKey,
      enqueueId: randomUUID(),
      enqueuedAt: new Date().toISOString(),
      campaignId,
      campaignChunk: index,
    };
    if (status.provider !== undefined) data.provider = status.provider;
    await queue.add('cancel', data, {
      jobId: jobIdOf(idempotencyKey),
      attempts: 1,
      removeOnComplete: context.keep,
      removeOnFail: context.keep,
    });
  }
  return readCampaignStatus(queue, campaignId);
}
