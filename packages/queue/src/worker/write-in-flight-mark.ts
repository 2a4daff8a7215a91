import type { Job } from 'bullmq';
import type { CampaignChunkOfJob } from '../campaign/campaign-chunk-of-job';
import { runCampaignScript } from '../campaign/campaign-redis';
import type { SmsJobData, SmsJobInFlight, SmsJobResult } from '../jobs/sms-job-data';
import { messageRedisOf } from '../messages/message-redis';
import { queueOfJob } from '../messages/record-job-messages';
import { runLuaScript } from '../redis/run-lua-script';
import { MARK_IN_FLIGHT, TAKE_CHUNK_AND_MARK_IN_FLIGHT } from './job-scripts';

type SmsJob = Job<SmsJobData, SmsJobResult>;

/**
 * Writes the in-flight mark into the job's data in Redis before its request goes out, and counts a campaign
 * chunk not yet `taken` as sending in the same round trip. `canceled`: the chunk's campaign was canceled, and
 * neither was written. Redis appends the mark to the stored data; a job whose data changed since it was taken
 * (a reconciled job sending its remainder) is written whole with `updateData`.
 */
export async function writeInFlightMark(
  job: SmsJob,
  data: SmsJobData,
  inFlight: SmsJobInFlight,
  chunk: CampaignChunkOfJob | undefined,
): Promise<'marked' | 'canceled'> {
  const marked = { ...data, inFlight };
  const queue = queueOfJob(job);
  const take = chunk !== undefined && !chunk.taken;
  if (data !== job.data || data.inFlight !== undefined || job.id === undefined) {
    if (take) {
      const taken = await runCampaignScript(queue, 'smsCampaignMoveChunk', chunk.keys, [
        chunk.index,
        JSON.stringify({ sending: chunk.recipients }),
        'unless-canceled',
      ]);
      if (taken === -1) return 'canceled';
    }
    await job.updateData(marked);
    return 'marked';
  }
  const redis = await messageRedisOf(queue);
  const mark = JSON.stringify(inFlight);
  const written = take
    ? await runLuaScript(redis, TAKE_CHUNK_AND_MARK_IN_FLIGHT, [
        chunk.keys.campaign,
        chunk.keys.chunks,
        queue.toKey(job.id),
        chunk.index,
        JSON.stringify({ sending: chunk.recipients }),
        mark,
      ])
    : await runLuaScript(redis, MARK_IN_FLIGHT, [queue.toKey(job.id), mark]);
  if (written === -1) return 'canceled';
  if (written !== 1) throw new Error(`@sms/queue: job ${job.id} is no longer in Redis; it was not sent.`);
  job.data = marked;
  return 'marked';
}
