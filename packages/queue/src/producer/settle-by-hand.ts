import { SmsError } from '@sms/core';
import { Job, type Queue } from 'bullmq';
import type { SmsJobData, SmsJobResult, SmsJobSettlement } from '../jobs/sms-job-data';
import { unknownPartOf } from '../status/unknown-part-of';

/** What a person found out about recipients that were `unknown`. */
export interface SettleDecision {
  /** Recipients the provider has the message for (as listed by `unsettled()` or `status`). */
  sent?: readonly string[];
  /** Recipients it provably does not have. They are not sent again by the queue: enqueue them anew. */
  notSent?: readonly string[];
}

function invalid(message: string): SmsError {
  return new SmsError(message, { code: 'INVALID_INPUT' });
}

function assertDecision(decision: SettleDecision | undefined): { sent: string[]; notSent: string[] } {
  const list = (value: unknown, name: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
      throw invalid(`queue.settle: \`${name}\` must be a list of recipients as status or unsettled() lists them.`);
    return value as string[];
  };
  if (typeof decision !== 'object' || decision === null)
    throw invalid("queue.settle takes a decision such as { sent: ['+989121234567'], notSent: [] }.");
  const sent = list(decision.sent, 'sent');
  const notSent = list(decision.notSent, 'notSent');
  if (sent.length + notSent.length === 0)
    throw invalid('queue.settle needs at least one recipient in `sent` or `notSent`.');
  return { sent, notSent };
}

/**
 * Records a person's decision on the unknown recipients of one job: they leave the job's `recipients`, and
 * once none is left the job is `sent` (every one of them sent) or `failed` (some not sent). Nothing is sent.
 */
export async function settleByHand(
  queue: Queue<SmsJobData, SmsJobResult>,
  jobId: string,
  decision: SettleDecision,
): Promise<void> {
  const { sent, notSent } = assertDecision(decision);
  const job = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
  if (job === undefined) throw invalid(`queue.settle: there is no job ${jobId} (or Redis no longer keeps it).`);
  const data = job.data;
  const part = (await job.isFailed()) ? unknownPartOf(data, job.id ?? '', job.failedReason) : undefined;
  if (part === undefined || part.recipients.length === 0)
    throw invalid(`queue.settle: job ${jobId} has no unknown recipients; only an unknown send can be settled by hand.`);
  const remaining = [...part.recipients];
  const references = [...part.references];
  for (const to of [...sent, ...notSent]) {
    const index = remaining.indexOf(to);
    if (index === -1)
      throw invalid(
        `queue.settle: ${to} is not an unknown recipient of job ${jobId} (still unknown: ${part.recipients.join(', ') || 'none'}).`,
      );
    remaining.splice(index, 1);
    references.splice(index, 1);
  }
  const earlier = data.settlement?.decided;
  const decided = {
    sent: [...(earlier?.sent ?? []), ...sent],
    notSent: [...(earlier?.notSent ?? []), ...notSent],
    at: new Date().toISOString(),
  };
  const settlement: SmsJobSettlement = {
    ...(data.settlement ?? { at: new Date().toISOString() }),
    state: remaining.length > 0 ? 'unknown' : decided.notSent.length > 0 ? 'failed' : 'sent',
    error: part.error,
    recipients: remaining,
    references,
    providers: part.providers,
    decided,
  };
  if (part.since !== undefined) settlement.since = part.since;
  const { inFlight: _inFlight, ...rest } = data;
  await job.updateData({ ...rest, settlement });
}
