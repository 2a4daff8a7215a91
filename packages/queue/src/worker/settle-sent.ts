import type { Job } from 'bullmq';
import type { CampaignChunkOfJob } from '../campaign/campaign-chunk-of-job';
import { settledDistribution } from '../campaign/settled-distribution';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { messageRedisOf } from '../messages/message-redis';
import { jobRecordsArgumentsOf, queueOfJob, recordJobMessages } from '../messages/record-job-messages';
import { runLuaScript } from '../redis/run-lua-script';
import { SETTLE_SENT_CHUNK } from './job-scripts';

type SmsJob = Job<SmsJobData, SmsJobResult>;

/**
 * After the provider accepted a job's send: its recipients' records (unless `records` is off) and, for a
 * campaign chunk, its counts as sent or failed, in one round trip. It never throws: the send is over, and lost
 * bookkeeping must not turn it into a failed job; the error goes to the worker's `error` event.
 */
export async function settleSent(
  job: SmsJob,
  sent: SmsJobResult,
  chunk: CampaignChunkOfJob | undefined,
  records: boolean,
): Promise<void> {
  if (chunk === undefined) {
    if (records) await recordJobMessages(job, sent);
    return;
  }
  const queue = queueOfJob(job);
  try {
    const recordsArguments = (records ? jobRecordsArgumentsOf(job, sent) : undefined) ?? ['', 0, 0, ''];
    const distribution = settledDistribution(chunk.recipients, sent.result, undefined);
    await runLuaScript(await messageRedisOf(queue), SETTLE_SENT_CHUNK, [
      chunk.keys.campaign,
      chunk.keys.chunks,
      chunk.index,
      JSON.stringify(distribution),
      ...recordsArguments,
    ]);
  } catch (error) {
    queue.emit('error', error instanceof Error ? error : new Error(String(error)));
  }
}
