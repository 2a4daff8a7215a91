import type { SmsQueue } from '@sms/queue';

/** One job of a campaign: its idempotency key and how many recipients it carries. */
export interface CampaignJob {
  key: string;
  recipients: number;
}

export interface EnqueuedCampaign {
  id: string;
  jobs: CampaignJob[];
  recipients: number;
}

export interface EnqueueCampaignInput {
  /** Names the campaign's jobs: `campaign:<id>:<n>`. Enqueuing the same campaign again adds nothing. */
  id: string;
  recipients: Iterable<string>;
  text: string;
  /** Recipients per job: one provider request each (Ghasedak takes 100 per request). */
  chunkSize: number;
  /** Jobs being added at once. */
  inFlight?: number;
  /** After each job is added, with the running totals. */
  onEnqueued?: (jobs: number, recipients: number) => void;
}

/**
 * Enqueues a campaign as one job per chunk of recipients, the recipients read as they come (never all held as
 * a list). The one place that knows how a campaign becomes jobs: when `@sms/queue` has `queue.campaign(...)`,
 * this becomes a call to it.
 */
export async function enqueueCampaign(sms: SmsQueue, input: EnqueueCampaignInput): Promise<EnqueuedCampaign> {
  const campaign: EnqueuedCampaign = { id: input.id, jobs: [], recipients: 0 };
  const inFlight = new Set<Promise<void>>();
  const limit = input.inFlight ?? 16;
  let enqueuedJobs = 0;
  let enqueuedRecipients = 0;

  const add = async (chunk: string[]): Promise<void> => {
    const key = `campaign:${input.id}:${campaign.jobs.length}`;
    campaign.jobs.push({ key, recipients: chunk.length });
    campaign.recipients += chunk.length;
    const pending = sms
      .send({ to: chunk, text: input.text }, { idempotencyKey: key })
      .then(() => {
        enqueuedJobs += 1;
        enqueuedRecipients += chunk.length;
        input.onEnqueued?.(enqueuedJobs, enqueuedRecipients);
      })
      .finally(() => inFlight.delete(pending));
    inFlight.add(pending);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  };

  let chunk: string[] = [];
  for (const recipient of input.recipients) {
    chunk.push(recipient);
    if (chunk.length === input.chunkSize) {
      await add(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await add(chunk);
  await Promise.all(inFlight);
  return campaign;
}
