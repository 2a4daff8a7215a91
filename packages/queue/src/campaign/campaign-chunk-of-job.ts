import type { CampaignKeys } from './campaign-redis';

/**
 * What the worker needs to keep a campaign chunk's counts in the same round trips as its own writes: the
 * chunk is counted as sending with the job's in-flight mark (unless `taken` already), and as settled with its
 * recipients' records.
 */
export interface CampaignChunkOfJob {
  keys: CampaignKeys;
  index: number;
  recipients: number;
  /** Already counted as sending (a chunk an interrupted worker left in flight). */
  taken: boolean;
}
