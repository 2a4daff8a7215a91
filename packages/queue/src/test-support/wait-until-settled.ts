import type { SmsQueue } from '../producer/create-sms-queue';
import type { SmsJobStatus } from '../status/sms-job-status';

const SETTLED: ReadonlySet<string> = new Set(['sent', 'failed', 'unknown']);

/** Polls the queue until the job is sent, failed or unknown (the test's own timeout bounds it). */
export async function waitUntilSettled(queue: SmsQueue, jobId: string): Promise<SmsJobStatus> {
  for (;;) {
    const status = await queue.status(jobId);
    if (status !== undefined && SETTLED.has(status.state)) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
