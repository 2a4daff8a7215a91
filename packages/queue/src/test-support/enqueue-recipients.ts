import type { SmsQueue } from '../producer/create-sms-queue';

export interface EnqueuedChunk {
  jobId: string;
  recipients: string[];
}

/**
 * Enqueues one text to many recipients as jobs of `chunkSize` recipients each, with idempotency keys made
 * from `keyPrefix` and the chunk's number. The one place a fault test enqueues a campaign: it becomes
 * `queue.campaign(...)` once the queue has campaigns.
 */
export async function enqueueRecipients(
  queue: SmsQueue,
  recipients: readonly string[],
  chunkSize: number,
  { text, keyPrefix }: { text: string; keyPrefix: string },
): Promise<EnqueuedChunk[]> {
  const chunks: string[][] = [];
  for (let start = 0; start < recipients.length; start += chunkSize)
    chunks.push(recipients.slice(start, start + chunkSize));
  return await Promise.all(
    chunks.map(async (chunk, index) => {
      const { jobId } = await queue.send({ to: chunk, text }, { idempotencyKey: `${keyPrefix}:${index}` });
      return { jobId, recipients: chunk };
    }),
  );
}
