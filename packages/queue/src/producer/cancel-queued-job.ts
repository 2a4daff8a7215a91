import { Job, type Queue } from 'bullmq';
import { campaignKeys, runCampaignScript } from '../campaign/campaign-redis';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { readCanceledJob, writeCanceledJob } from '../status/canceled-job-record';
import { readJobStatus } from '../status/read-job-status';
import type { SmsJobState } from '../status/sms-job-status';

const QUEUED_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'prioritized']);

/**
 * Removes a job no worker has taken yet; BullMQ's removal is one Lua script that refuses a job a worker
 * holds, so a job is either removed before any worker gets it or left to its worker. Resolves to the job's
 * state afterwards: `canceled`, or the state it had (`sending`, `sent`… are past canceling); `undefined` when
 * Redis has no such job.
 */
export async function cancelQueuedJob(
  queue: Queue<SmsJobData, SmsJobResult>,
  jobId: string,
  keepSeconds: number,
): Promise<SmsJobState | undefined> {
  const job = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
  if (job === undefined) return (await readCanceledJob(queue, jobId))?.state;
  if (QUEUED_STATES.has(await job.getState())) {
    let removed = true;
    try {
      await job.remove();
    } catch {
      // A worker took it in the meantime.
      removed = false;
    }
    if (removed) {
      const data = job.data;
      await writeCanceledJob(
        queue,
        {
          jobId,
          idempotencyKey: data.idempotencyKey,
          enqueuedAt: data.enqueuedAt,
          canceledAt: new Date().toISOString(),
          ...(data.campaignId === undefined ? {} : { recipients: recipientsOf(data.message) }),
        },
        keepSeconds,
      );
      if (data.campaignId !== undefined && data.campaignChunk !== undefined)
        await runCampaignScript(queue, 'smsCampaignMoveChunk', campaignKeys(queue, data.campaignId), [
          data.campaignChunk,
          JSON.stringify({ canceled: recipientsOf(data.message).length }),
        ]);
      return 'canceled';
    }
  }
  return (await readJobStatus(queue, jobId))?.status.state;
}
