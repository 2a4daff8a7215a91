import { randomUUID } from 'node:crypto';
import type { KeepJobs, Queue } from 'bullmq';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import type { SmsJobCarrier, SmsQueueHooks } from '../observability/sms-queue-hooks';
import { campaignChunks, type CampaignChunk, type ChunkLimits } from './campaign-chunks';
import { campaignChunkJobId, campaignChunkKey } from './campaign-chunk-job';
import { campaignKeys, runCampaignScript } from './campaign-redis';
import type { CampaignContent, CampaignOptions, CampaignRecipient } from './campaign-types';

/**
 * Chunks added to Redis per round trip. The recipients read ahead of what is in Redis stay below
 * this many chunks' worth, which bounds the memory a campaign of any size takes.
 */
export const CHUNKS_PER_ROUND_TRIP = 10;

export interface EnqueueCampaignContext {
  queue: Queue<SmsJobData, SmsJobResult>;
  keep: KeepJobs;
  keepSeconds: number;
  hooks: SmsQueueHooks;
}

export interface CampaignPlan {
  id: string;
  recipients: Iterable<CampaignRecipient> | AsyncIterable<CampaignRecipient>;
  content: CampaignContent;
  options: CampaignOptions;
  limits: ChunkLimits;
  /** What `beforeEnqueue` returned for the campaign, carried by each of its chunks. */
  carrier?: SmsJobCarrier;
}

/**
 * Creates the campaign's record (or finds it) and adds its chunks as they are read. A campaign that is no
 * longer `enqueuing` (all added before, or canceled) adds nothing; one that is resumes, and chunks already
 * in Redis are neither added nor counted twice.
 */
export async function enqueueCampaign(
  context: EnqueueCampaignContext,
  plan: CampaignPlan,
  onCreated: () => void,
): Promise<void> {
  const { queue } = context;
  const { id, options } = plan;
  const keys = campaignKeys(queue, id);
  const fields: Record<string, string | number> = {
    state: 'enqueuing',
    createdAt: new Date().toISOString(),
    schedule: options.schedule ?? 'queue',
    retentionSeconds: context.keepSeconds,
    recipients: 0,
    chunks: 0,
    settledChunks: 0,
  };
  if (options.sendAt !== undefined) {
    fields.sendAt = options.sendAt.toISOString();
    fields.sendAtMs = options.sendAt.getTime();
  }
  if (options.provider !== undefined) fields.provider = options.provider;
  const state = await runCampaignScript(queue, 'smsCampaignCreate', keys, Object.entries(fields).flat());
  onCreated();
  if (state !== 'enqueuing') return;

  const providerHolds = options.schedule === 'provider';
  let group: CampaignChunk[] = [];
  let next = 0;
  const flush = async (): Promise<boolean> => {
    const first = next - group.length;
    const counted = await runCampaignScript(
      queue,
      'smsCampaignRegisterChunks',
      keys,
      group.flatMap((chunk, offset) => [first + offset, chunk.recipients]),
    );
    // Canceled meanwhile: stop reading.
    if (counted === -1) return false;
    const delay =
      !providerHolds && options.sendAt !== undefined ? Math.max(0, options.sendAt.getTime() - Date.now()) : 0;
    // Counted before added: a crash in between leaves a chunk counted but missing, which running the same
    // campaign again adds; never one added twice or counted twice.
    await queue.addBulk(
      group.map((chunk, offset) => {
        const index = first + offset;
        const idempotencyKey = campaignChunkKey(id, index);
        const data: SmsJobData = {
          operation: chunk.operation,
          message: chunk.message,
          idempotencyKey,
          enqueueId: randomUUID(),
          enqueuedAt: new Date().toISOString(),
          campaignId: id,
          campaignChunk: index,
        };
        if (plan.carrier !== undefined) data.carrier = plan.carrier;
        if (options.provider !== undefined) data.provider = options.provider;
        if (options.failover !== undefined) data.failover = options.failover;
        return {
          name: chunk.operation,
          data,
          opts: {
            jobId: campaignChunkJobId(id, index),
            attempts: 1,
            removeOnComplete: context.keep,
            removeOnFail: context.keep,
            ...(delay > 0 ? { delay } : {}),
          },
        };
      }),
    );
    group = [];
    return true;
  };

  const sendAt = providerHolds ? options.sendAt : undefined;
  for await (const chunk of campaignChunks(plan.recipients, plan.content, plan.limits, sendAt)) {
    group.push(chunk);
    next += 1;
    if (group.length >= CHUNKS_PER_ROUND_TRIP && !(await flush())) return;
  }
  if (group.length > 0 && !(await flush())) return;
  await runCampaignScript(queue, 'smsCampaignFinishEnqueue', keys, []);
}
