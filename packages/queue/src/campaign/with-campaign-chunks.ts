import type { SendResult, SmsClient } from '@sms/core';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult, SmsJobSettlement } from '../jobs/sms-job-data';
import type { QueuedSendResult } from '../status/sms-job-status';
import { campaignKeys, campaignRedis, runCampaignScript, type CampaignRedisSource } from './campaign-redis';
import { wasAccepted } from '../status/was-accepted';

type SmsJob = Job<SmsJobData, SmsJobResult>;
type ProcessJob = (job: SmsJob, token?: string) => Promise<SmsJobResult>;
type Distribution = Partial<Record<'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'canceled', number>>;

function accepted(result: QueuedSendResult | undefined): number {
  return (result?.messages ?? []).filter(wasAccepted).length;
}

function withoutZeros(distribution: Distribution): Distribution {
  return Object.fromEntries(Object.entries(distribution).filter(([, count]) => count > 0));
}

/** How a chunk's recipients ended, by state, from what the job returned or how it settled. */
function settledDistribution(
  count: number,
  result: QueuedSendResult | undefined,
  settlement: SmsJobSettlement | undefined,
): Distribution {
  if (settlement === undefined) {
    const sent = Math.min(count, accepted(result));
    return withoutZeros({ sent, failed: count - sent });
  }
  if (settlement.state === 'canceled') return { canceled: count };
  const sent = Math.min(count, accepted(settlement.result));
  if (settlement.state === 'failed') return withoutZeros({ sent, failed: count - sent });
  const unknown = Math.min(count - sent, settlement.recipients?.length ?? count);
  return withoutZeros({ sent, unknown, failed: count - sent - unknown });
}

function toTarget(result: QueuedSendResult): SendResult {
  // The ids are what a cancel needs; per-recipient error summaries are left out.
  return { ...result, messages: result.messages.map(({ error: _error, ...message }) => message) } as SendResult;
}

/**
 * Wraps the worker's job handler for campaign chunks: counts each chunk's recipients into its campaign's
 * states as it is taken and as it settles (a repeated transition counts nothing twice), settles a chunk of a
 * canceled campaign as `canceled` without sending, and runs the `cancel` jobs of provider-scheduled
 * campaigns. Jobs outside campaigns go straight to `processJob`.
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
    // A chunk an interrupted worker left in flight goes on to settle as `unknown`, canceled or not; any other
    // chunk of a canceled campaign is not sent. One script checks and counts it as sending (a round trip per job
    // less than a read first).
    const taken = await runCampaignScript(source, 'smsCampaignMoveChunk', keys, [
      index,
      JSON.stringify({ sending: count }),
      data.inFlight === undefined ? 'unless-canceled' : '',
    ]);
    if (taken === -1) {
      const at = new Date().toISOString();
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
          at,
        },
      });
      await move({ canceled: count });
      throw new UnrecoverableError('Its campaign was canceled; nothing was sent.');
    }

    let returned: SmsJobResult;
    try {
      returned = await processJob(job, token);
    } catch (error) {
      // The job's own outcome goes to BullMQ whatever happens to the counters.
      const next =
        error instanceof DelayedError ? { queued: count } : settledDistribution(count, undefined, job.data.settlement);
      await move(next).catch(() => undefined);
      throw error;
    }
    // From here the send went out: a failure of the bookkeeping must not turn it into a failed job.
    try {
      await move(settledDistribution(count, returned.result, undefined));
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
      // Counts stay behind (the chunk shows as `sending`); its job's status says `sent`.
    }
    return returned;
  };
}
