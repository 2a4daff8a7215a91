import { campaignRedis, runScript, type CampaignRedisSource } from '../campaign/campaign-redis';
import type { SmsJobStatus } from './sms-job-status';

/**
 * What is left of a job canceled before a worker took it: BullMQ removes the job itself, so this record
 * answers `status` with `canceled` for as long as a settled job would be kept.
 */
export interface CanceledJobRecord {
  jobId: string;
  idempotencyKey: string;
  enqueuedAt: string;
  canceledAt: string;
  /** Who it was for, kept for the report of a campaign chunk. */
  recipients?: string[];
}

function recordKey(source: CampaignRedisSource, jobId: string): string {
  return source.toKey(`canceled:${jobId}`);
}

export async function writeCanceledJob(
  source: CampaignRedisSource,
  record: CanceledJobRecord,
  keepSeconds: number,
): Promise<void> {
  const key = recordKey(source, record.jobId);
  await runScript(source, 'smsSetWithExpiry', [key], [JSON.stringify(record), keepSeconds]);
}

export async function readCanceledJobRecord(
  source: CampaignRedisSource,
  jobId: string,
): Promise<CanceledJobRecord | undefined> {
  const client = await campaignRedis(source);
  const text = await client.get(recordKey(source, jobId));
  return text === null ? undefined : (JSON.parse(text) as CanceledJobRecord);
}

export async function readCanceledJob(source: CampaignRedisSource, jobId: string): Promise<SmsJobStatus | undefined> {
  const record = await readCanceledJobRecord(source, jobId);
  if (record === undefined) return undefined;
  return {
    jobId: record.jobId,
    idempotencyKey: record.idempotencyKey,
    state: 'canceled',
    refusals: 0,
    enqueuedAt: new Date(record.enqueuedAt),
    settledAt: new Date(record.canceledAt),
  };
}
