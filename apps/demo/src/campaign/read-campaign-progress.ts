import type { SmsQueue } from '@sms/queue';
import type { EnqueuedCampaign } from './enqueue-campaign';

export interface CampaignProgress {
  /** Jobs sent, failed or unknown. */
  settledJobs: number;
  /** Jobs a worker holds right now. */
  activeJobs: number;
}

export interface CampaignTally {
  /** Recipients the provider accepted. */
  sent: number;
  /** Recipients provably not sent. */
  failed: number;
  /** Recipients whose send may have gone out (a worker stopped mid-request): never sent again. */
  unknown: number;
  /** Recipients of jobs not settled yet (0 once the campaign is over). */
  pending: number;
  /** Who the `unknown` ones are, for a look at the provider's record. */
  unknownRecipients: string[];
}

/**
 * How far a campaign has got. The demo gives each campaign a queue of its own, so the queue's job counts are
 * the campaign's. The one place that reads progress: with `queue.campaign(...)` it reads the campaign's own.
 */
export async function readCampaignProgress(sms: SmsQueue): Promise<CampaignProgress> {
  const counts = await sms.queue.getJobCounts('completed', 'failed', 'active');
  return { settledJobs: (counts.completed ?? 0) + (counts.failed ?? 0), activeJobs: counts.active ?? 0 };
}

/** The final count per recipient, from every job's status (a few jobs at a time). */
export async function readCampaignTally(sms: SmsQueue, campaign: EnqueuedCampaign): Promise<CampaignTally> {
  const tally: CampaignTally = { sent: 0, failed: 0, unknown: 0, pending: 0, unknownRecipients: [] };
  const readers = 32;
  let next = 0;
  const read = async (): Promise<void> => {
    for (let index = next++; index < campaign.jobs.length; index = next++) {
      const job = campaign.jobs[index]!;
      const status = await sms.status(job.key);
      if (status === undefined || status.state === 'queued' || status.state === 'sending') {
        tally.pending += job.recipients;
      } else if (status.state === 'sent') {
        // A recipient the provider refused inside an accepted send is failed, not sent.
        const refused = status.result?.messages.filter((message) => message.status === 'failed').length ?? 0;
        tally.sent += job.recipients - refused;
        tally.failed += refused;
      } else if (status.state === 'failed') {
        const accepted = status.result?.messages.filter((message) => message.status !== 'failed').length ?? 0;
        tally.sent += accepted;
        tally.failed += job.recipients - accepted;
      } else {
        tally.unknown += job.recipients;
        tally.unknownRecipients.push(...(status.recipients ?? []));
      }
    }
  };
  await Promise.all(Array.from({ length: readers }, read));
  return tally;
}
