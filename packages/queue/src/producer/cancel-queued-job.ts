import { Job, type Queue } from 'bullmq';
import { campaignKeys, runCampaignScript, runScript } from '../campaign/campaign-redis';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { readCanceledJob, writeCanceledJob } from '../status/canceled-job-record';
import { readJobStatus } from '../status/read-job-status';
import type { SmsJobState } from '../status/sms-job-status';

const QUEUED_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'prioritized']);

/**
 * Removes a job no worker has taken yet: a job is either canceled before any worker gets it or left to its
 * worker. Resolves to the job's state afterwards: `canceled`, or the state it had (`sending`, `sent`… are
 * past canceling); `undefined` when Redis has no such job.
 */
export async function cancelQueuedJob(
  queue: Queue<SmsJobData, SmsJobResult>,
  jobId: string,
  keepSeconds: number,
): Promise<SmsJobState | undefined> {
  const job = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
  if (job === undefined) return (await readCanceledJob(queue, jobId))?.state;
  if (QUEUED_STATES.has(await job.getState())) {
    const { wait, paused, delayed, prioritized } = queue.keys;
    // Out of every list a worker takes jobs from, in one step with the check that it is in one: from here no
    // worker can get it. A job a worker took since the state was read is not in any of them, and is left alone.
    const taken = await runScript(queue, 'smsTakeQueuedJob', [wait!, paused!, delayed!, prioritized!], [jobId]);
    if (taken === 1) {
      // What is left of it (its hash, logs) goes too; a job in no list is never handed out anyway.
      await job.remove().catch(() => undefined);
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
