import type { RedisClient } from 'bullmq';
import { runLuaScript, type LuaScript, type ScriptClient } from '../redis/run-lua-script';
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

/** The Redis keys of one campaign, under the queue's prefix and name. */
export function campaignKeys(source: CampaignRedisSource, campaignId: string): CampaignKeys {
  const campaign = source.toKey(`campaign:${campaignId}`);
  return { campaign, chunks: `${campaign}:chunks` };
}

/** The source's Redis client. */
export async function campaignRedis(source: CampaignRedisSource): Promise<RedisClient> {
  const client = await (source.getBackend === undefined ? source.client : source.getBackend().client);
  if (client === undefined) throw new Error('@sms/queue: this BullMQ version gives no Redis client.');
  return client;
}

/** Runs one of the scripts of this package with its keys. */
export async function runScript(
  source: CampaignRedisSource,
  script: CampaignScript,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  const client = (await campaignRedis(source)) as unknown as ScriptClient;
  const lua: LuaScript = { name: script, lua: CAMPAIGN_SCRIPTS[script], numberOfKeys: SCRIPT_KEY_COUNTS[script] ?? 2 };
  return runLuaScript(client, lua, [...keys, ...args.map(String)]);
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
