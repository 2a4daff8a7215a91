import { jobIdOf } from '../jobs/job-id-of';

/** The idempotency key of a campaign's chunk: the same campaign id and index never add a second job. */
export function campaignChunkKey(campaignId: string, index: number): string {
  return `campaign:${campaignId}:${index}`;
}

export function campaignChunkJobId(campaignId: string, index: number): string {
  return jobIdOf(campaignChunkKey(campaignId, index));
}

/** The job that cancels at the provider what a chunk scheduled there. */
export function campaignCancelKey(campaignId: string, index: number): string {
  return `${campaignChunkKey(campaignId, index)}:cancel`;
}
