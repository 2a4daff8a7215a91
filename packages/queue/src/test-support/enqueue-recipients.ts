import { campaignChunkJobId } from '../campaign/campaign-chunk-job';
import type { SmsQueue } from '../producer/create-sms-queue';

export interface EnqueuedChunk {
  jobId: string;
  recipients: string[];
}

/**
 * Runs one text to many recipients as a campaign of `chunkSize` recipients per job, and answers which job holds
 * which recipients, so a fault test can compare each recipient's state in the queue with the simulator's ledger.
 */
export async function enqueueRecipients(
  queue: SmsQueue,
  recipients: readonly string[],
  chunkSize: number,
  { text, campaignId }: { text: string; campaignId: string },
): Promise<EnqueuedChunk[]> {
  const campaign = queue.campaign(recipients, { text }, { id: campaignId, chunkSize });
  await campaign.enqueued();
  const chunks: EnqueuedChunk[] = [];
  for (let start = 0; start < recipients.length; start += chunkSize)
    chunks.push({
      jobId: campaignChunkJobId(campaignId, chunks.length),
      recipients: recipients.slice(start, start + chunkSize),
    });
  return chunks;
}
