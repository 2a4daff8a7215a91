import { Job, type MinimalQueue } from 'bullmq';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData } from '../jobs/sms-job-data';
import type { SmsMessageRecord } from './sms-message-record';

const QUEUED_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

/**
 * The recipients of a job that has not settled, as `queued` or `sending` records (nothing is stored for them
 * before the job settles); none for a job that settled or that Redis does not have.
 */
export async function unsettledJobMessages(queue: MinimalQueue, jobId: string): Promise<SmsMessageRecord[]> {
  const job = await Job.fromId<SmsJobData>(queue, jobId);
  if (job === undefined) return [];
  const bullState = await job.getState();
  const state = QUEUED_STATES.has(bullState) ? 'queued' : bullState === 'active' ? 'sending' : undefined;
  if (state === undefined) return [];
  const data = job.data;
  const updatedAt = new Date(data.enqueuedAt);
  return recipientsOf(data.message).map((to, index) => {
    const record: SmsMessageRecord = { jobId, idempotencyKey: data.idempotencyKey, index, to, state, updatedAt };
    if (data.campaignId !== undefined) record.campaignId = data.campaignId;
    return record;
  });
}
