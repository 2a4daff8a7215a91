import { Job, type MinimalQueue } from 'bullmq';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import type { QueuedSendResult, SmsJobState, SmsJobStatus } from './sms-job-status';

const QUEUED_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

function reviveResult(result: QueuedSendResult): QueuedSendResult {
  return typeof result.sendAt === 'string' ? { ...result, sendAt: new Date(result.sendAt) } : result;
}

type SmsJob = Job<SmsJobData, SmsJobResult>;

/**
 * Reads a job's state from Redis as the queue's own states, with the id of the call that enqueued it;
 * `undefined` when Redis has no such job.
 */
export async function readJobStatus(
  queue: MinimalQueue,
  jobId: string,
): Promise<{ status: SmsJobStatus; enqueueId: string; fingerprint?: string } | undefined> {
  let job: SmsJob | undefined = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
  if (job === undefined) return undefined;
  const bullState = await job.getState();
  // The job may have settled between the two reads: read it again, so its result is as new as its state.
  if (bullState === 'completed' || bullState === 'failed') {
    job = await Job.fromId<SmsJobData, SmsJobResult>(queue, jobId);
    if (job === undefined) return undefined;
  }
  const data = job.data;
  const status: SmsJobStatus = {
    jobId: job.id ?? '',
    idempotencyKey: data.idempotencyKey,
    state: 'queued',
    refusals: data.refusals ?? 0,
    enqueuedAt: new Date(data.enqueuedAt),
  };
  let state: SmsJobState;
  if (QUEUED_STATES.has(bullState)) state = 'queued';
  else if (bullState === 'active') state = 'sending';
  else if (bullState === 'completed') {
    state = 'sent';
    const returned = job.returnvalue;
    if (returned?.result !== undefined) status.result = reviveResult(returned.result);
    if (returned?.at !== undefined) status.settledAt = new Date(returned.at);
  } else if (data.settlement !== undefined) {
    state = data.settlement.state;
    status.error = data.settlement.error;
    if (data.settlement.recipients !== undefined) status.recipients = data.settlement.recipients;
    if (data.settlement.result !== undefined) status.result = reviveResult(data.settlement.result);
    const decided = data.settlement.decided;
    if (decided !== undefined) status.decided = { ...decided, at: new Date(decided.at) };
    status.settledAt = new Date(data.settlement.at);
  } else if (data.inFlight !== undefined) {
    // Failed by BullMQ itself (stalled too often) while a request was out: it may have gone out.
    state = 'unknown';
    status.recipients = recipientsOf(data.message);
    status.error = {
      code: 'INTERRUPTED',
      message: `The worker stopped while sending (${job.failedReason}); the message may have gone out.`,
      outcome: 'unknown',
      retryable: false,
    };
    if (job.finishedOn !== undefined) status.settledAt = new Date(job.finishedOn);
  } else {
    // Failed before any request went out (BullMQ's own failures, such as a worker with no handler).
    state = 'failed';
    status.error = {
      code: 'PROVIDER_ERROR',
      message: job.failedReason ?? 'The job failed before anything was sent.',
      outcome: 'not-sent',
      retryable: false,
    };
    if (job.finishedOn !== undefined) status.settledAt = new Date(job.finishedOn);
  }
  status.state = state;
  return {
    status,
    enqueueId: data.enqueueId,
    ...(data.fingerprint === undefined ? {} : { fingerprint: data.fingerprint }),
  };
}
