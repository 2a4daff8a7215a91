import type { RedisClient } from 'bullmq';
import { CAMPAIGN_SCRIPTS, SCRIPT_KEY_COUNTS, type CampaignScript } from './campaign-scripts';

/**
 * What the producer's `Queue` and the `Worker` both offer: their Redis client and key naming. BullMQ 6 gives
 * the client through `getBackend()`, BullMQ 5 as `client`.
 */
export interface CampaignRedisSource {
  toKey(type: string): string;
  getBackend?(): { readonly client: Promise<RedisClient> };
  readonly client?: Promise<RedisClient>;
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
  const client = await (source.getBackend === undefined ? source.client : source.getBackend().client);
  if (client === undefined) throw new Error('@sms/queue: this BullMQ version gives no Redis client.');
  if (!defined.has(client)) {
    for (const [name, lua] of Object.entries(CAMPAIGN_SCRIPTS))
      client.defineCommand(name, { numberOfKeys: SCRIPT_KEY_COUNTS[name as CampaignScript] ?? 2, lua });
    defined.add(client);
  }
  return client;
}

/** Runs one of the scripts of this package with its keys. */
export async function runScript(
  source: CampaignRedisSource,
  script: CampaignScript,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  const client = await campaignRedis(source);
  const commandArgs = [...keys, ...args.map(String)];
  if (typeof client.runCommand === 'function') return client.runCommand(script, commandArgs);
  // BullMQ 5 hands out ioredis itself, where a defined script is a method.
  return (client as unknown as Record<string, (...commandArgs: string[]) => Promise<unknown>>)[script]!(...commandArgs);
}

/** Runs one of the campaign scripts on a campaign's keys. */
export function runCampaignScript(
  source: CampaignRedisSource,
  script: CampaignScript,
  keys: CampaignKeys,
  args: readonly (string | number)[],
): Promise<unknown> {
  return runScript(source, script, [keys.campaign, keys.chunks], args);
}
