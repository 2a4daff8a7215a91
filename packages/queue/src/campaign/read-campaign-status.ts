import type { CampaignCounts, CampaignState, CampaignStatus } from './campaign-types';
import { campaignKeys, campaignRedis, type CampaignRedisSource } from './campaign-redis';

const COUNT_STATES = ['queued', 'sending', 'sent', 'failed', 'unknown', 'canceled'] as const;

function whole(value: string | undefined): number {
  const number = Number(value ?? 0);
  return Number.isFinite(number) ? number : 0;
}

/** A campaign's record as stored in Redis; `undefined` once Redis no longer has it (after its retention). */
export async function readCampaignStatus(
  source: CampaignRedisSource,
  campaignId: string,
): Promise<CampaignStatus | undefined> {
  const client = await campaignRedis(source);
  const record = await client.hgetall(campaignKeys(source, campaignId).campaign);
  if (record.state === undefined) return undefined;
  const counts = Object.fromEntries(
    COUNT_STATES.map((state) => [state, whole(record[state])]),
  ) as unknown as CampaignCounts;
  const status: CampaignStatus = {
    id: campaignId,
    state: record.state as CampaignState,
    recipients: whole(record.recipients),
    chunks: whole(record.chunks),
    settledChunks: whole(record.settledChunks),
    counts,
    createdAt: new Date(record.createdAt ?? 0),
    schedule: record.schedule === 'provider' ? 'provider' : 'queue',
  };
  if (record.sendAt !== undefined) status.sendAt = new Date(record.sendAt);
  if (record.provider !== undefined) status.provider = record.provider;
  if (record.canceledAt !== undefined) status.canceledAt = new Date(record.canceledAt);
  return status;
}
