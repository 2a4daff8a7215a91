import { performance } from 'node:perf_hooks';
import { DelayedError, type Job } from 'bullmq';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import { callHookSafely } from './call-hook-safely';
import type { JobEndEvent, JobEvent, JobRunEnd, SmsWorkerHooks } from './sms-queue-hooks';
import { wasAccepted } from '../status/was-accepted';

type SmsJob = Job<SmsJobData, SmsJobResult>;
type HandleJob = (job: SmsJob, token?: string) => Promise<SmsJobResult>;

function jobEventOf(job: SmsJob): JobEvent {
  const data = job.data;
  const event: JobEvent = {
    jobId: job.id ?? '',
    idempotencyKey: data.idempotencyKey,
    operation: data.operation,
    recipients: data.operation === 'cancel' ? 0 : recipientsOf(data.message).length,
    // BullMQ counts every start, stalls included.
    attempt: Math.max(1, job.attemptsStarted),
    reconciling: data.inFlight !== undefined,
    carrier: data.carrier ?? {},
  };
  if (data.provider !== undefined) event.provider = data.provider;
  if (data.campaignId !== undefined) event.campaignId = data.campaignId;
  return event;
}

function accepted(returned: SmsJobResult): number {
  return returned.result.messages.filter(wasAccepted).length;
}

/**
 * Runs each job through the worker's hooks: `aroundJob` around it (where a tracer opens the job's span, so the
 * client's attempts nest under it), then `onJobEnd` with how the run ended, read from the job itself.
 */
export function observeJobs(hooks: SmsWorkerHooks | undefined, handleJob: HandleJob): HandleJob {
  if (hooks?.aroundJob === undefined && hooks?.onJobEnd === undefined) return handleJob;
  return async (job, token) => {
    const event = jobEventOf(job);
    const started = performance.now();
    const ended = (end: JobRunEnd, extra: Partial<JobEndEvent> = {}) =>
      callHookSafely(hooks.onJobEnd, { ...event, ...extra, end, durationMs: performance.now() - started });
    const run = () => handleJob(job, token);
    try {
      const returned = hooks.aroundJob === undefined ? await run() : await hooks.aroundJob(event, run);
      if (job.data.operation === 'cancel') ended('canceled');
      else ended('sent', { accepted: accepted(returned) });
      return returned;
    } catch (error) {
      const settlement = job.data.settlement;
      if (error instanceof DelayedError) ended('delayed');
      else if (settlement === undefined) ended('unknown');
      else
        ended(settlement.state, {
          error: settlement.error,
          ...(settlement.result === undefined ? {} : { accepted: accepted({ result: settlement.result, at: '' }) }),
        });
      throw error;
    }
  };
}
