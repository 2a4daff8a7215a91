import { Job, type Queue } from 'bullmq';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { readCanceledJobRecord } from '../status/canceled-job-record';
import { readJobStatus } from '../status/read-job-status';
import { campaignChunkJobId } from './campaign-chunk-job';
import type { CampaignRecipientIssue, CampaignReport } from './campaign-types';
import { readCampaignStatus } from './read-campaign-status';
import { wasAccepted } from '../status/was-accepted';

type SmsQueueJobs = Queue<SmsJobData, SmsJobResult>;

/** The recipients of one chunk that did not get the message, or may not have. */
async function* chunkIssues(queue: SmsQueueJobs, jobId: string): AsyncGenerator<CampaignRecipientIssue> {
  const job = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
  if (job === undefined) {
    const canceled = await readCanceledJobRecord(queue, jobId);
    for (const to of canceled?.recipients ?? []) yield { to, state: 'canceled', jobId };
    return;
  }
  const status = (await readJobStatus(queue, jobId))?.status;
  if (status === undefined) return;
  const withError = status.error === undefined ? {} : { error: status.error };
  if (status.state === 'sent') {
    for (const message of status.result?.messages ?? [])
      if (message.error !== undefined || message.status === 'failed')
        yield {
          to: message.to,
          state: 'failed',
          jobId,
          ...(message.error === undefined ? {} : { error: message.error }),
        };
    return;
  }
  if (status.state !== 'failed' && status.state !== 'unknown' && status.state !== 'canceled') return;
  const messages = status.result?.messages ?? [];
  const recipients = recipientsOf(job.data.message);
  // A result has one entry per recipient in input order; its numbers are in E.164, the chunk's as written.
  const byPosition = messages.length === recipients.length;
  const acceptedNumbers = new Set(messages.filter(wasAccepted).map((message) => message.to));
  const mayHave = status.recipients === undefined ? undefined : new Set(status.recipients);
  for (const [index, to] of recipients.entries()) {
    if (byPosition ? wasAccepted(messages[index]) : acceptedNumbers.has(to)) continue;
    // An unknown chunk names who may have it; the others of its request were provably not sent.
    const state = status.state === 'unknown' && mayHave !== undefined && !mayHave.has(to) ? 'failed' : status.state;
    yield { to, state, jobId, ...withError };
  }
}

/** A campaign's counts and, read lazily chunk by chunk, the recipients it did not reach. */
export async function readCampaignReport(queue: SmsQueueJobs, campaignId: string): Promise<CampaignReport | undefined> {
  const status = await readCampaignStatus(queue, campaignId);
  if (status === undefined) return undefined;
  return {
    ...status,
    async *issues() {
      for (let index = 0; index < status.chunks; index += 1)
        yield* chunkIssues(queue, campaignChunkJobId(campaignId, index));
    },
  };
}
