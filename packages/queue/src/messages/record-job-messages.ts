import type { Job, MinimalQueue } from 'bullmq';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { messageKeyBase, messageRedisOf } from './message-redis';
import { RECORD_MESSAGES, runMessageScript } from './message-scripts';
import { messagesOfJob } from './messages-of-job';

const DEFAULT_RETENTION_SECONDS = 7 * 24 * 60 * 60;

// The queue gives every job the same keep rule for both endings; message records last as long as their job.
function retentionSecondsOf(job: Job<SmsJobData, SmsJobResult>): number {
  const keep = job.opts.removeOnComplete;
  const age = typeof keep === 'object' && keep !== null && 'age' in keep ? keep.age : undefined;
  return typeof age === 'number' && age > 0 ? Math.ceil(age) : DEFAULT_RETENTION_SECONDS;
}

/**
 * The worker that runs the job: its Redis connection and key prefix. BullMQ keeps it protected on the job; reading
 * it here spares the worker's `processJob` from passing it along.
 */
export function queueOfJob(job: Job<SmsJobData, SmsJobResult>): MinimalQueue {
  return (job as unknown as { queue: MinimalQueue }).queue;
}

/** The records script's arguments for a job that just settled: key base, retention seconds, now, records. */
export type JobRecordsArguments = [base: string, retentionSeconds: number, now: number, records: string];

/**
 * The arguments that write one record per recipient of a job that just settled: sent with `result`, or failed /
 * unknown with the settlement in `job.data`. `undefined` when there is nothing to record.
 */
export function jobRecordsArgumentsOf(
  job: Job<SmsJobData, SmsJobResult>,
  returned?: SmsJobResult,
): JobRecordsArguments | undefined {
  const data = job.data;
  const outcome =
    returned ?? (data.settlement === undefined ? undefined : { settlement: data.settlement, at: data.settlement.at });
  if (outcome === undefined || job.id === undefined) return undefined;
  const retention = retentionSecondsOf(job);
  const records = messagesOfJob(job.id, data, outcome, retention);
  if (records.rows.length === 0) return undefined;
  return [messageKeyBase(queueOfJob(job)), retention, Date.now(), JSON.stringify(records)];
}

/**
 * Writes one record per recipient of a job that just settled, in one round trip whatever the number of
 * recipients. It never throws: the send is over, and a lost record must not turn it into a failed job; the
 * error goes to the worker's `error` event.
 */
export async function recordJobMessages(job: Job<SmsJobData, SmsJobResult>, returned?: SmsJobResult): Promise<void> {
  const queue = queueOfJob(job);
  try {
    const records = jobRecordsArgumentsOf(job, returned);
    if (records === undefined) return;
    await runMessageScript(await messageRedisOf(queue), RECORD_MESSAGES, records);
  } catch (error) {
    queue.emit('error', error instanceof Error ? error : new Error(String(error)));
  }
}
