import type { RedisClient } from 'bullmq';
import { CAMPAIGN_SCRIPTS, type CampaignScript } from './campaign-scripts';

/** What the producer's `Queue` and the `Worker` both offer: their Redis client and key naming. */
export interface CampaignRedisSource {
  toKey(type: string): string;
  getBackend(): { readonly client: Promise<RedisClient> };
}

export interface CampaignKeys {
  campaign: string;
  chunks: string;
}

const defined = new WeakSet<object>();

/** The Redis keys of one campaign, under the queue's prefix and name. */
export function campaignKeys(source: CampaignRedisSource, campaignId: string): CampaignKeys {
  const campaign = source.toKey(`campaign:${campaignId}`);
  return { campaign, chunks: `${campaign}:chunks` };
}

/** The source's Redis client, with the campaign scripts defined on it. */
export async function campaignRedis(source: CampaignRedisSource): Promise<RedisClient> {
  const client = await source.getBackend().client;
  if (!defined.has(client)) {
    for (const [name, lua] of Object.entries(CAMPAIGN_SCRIPTS)) client.defineCommand(name, { numberOfKeys: 2, lua });
    defined.add(client);
  }
  return client;
}

/** Runs one of the campaign scripts on a campaign's keys. */
export async function runCampaignScript(
  source: CampaignRedisSource,
  script: CampaignScript,
  keys: CampaignKeys,
  args: readonly (string | number)[],
): Promise<unknown> {
  const client = await campaignRedis(source);
  return client.runCommand(script, [keys.campaign, keys.chunks, ...args.map(String)]);
}
