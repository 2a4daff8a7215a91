import type { SmsQueue } from '../producer/create-sms-queue';
import type { SmsJobState } from '../status/sms-job-status';
import type { EnqueuedChunk } from './enqueue-recipients';
import { recipientKey } from './test-recipients';

export interface RecipientTally {
  /** Each recipient (by `recipientKey`) with the state the queue reports for it. */
  states: Map<string, SmsJobState>;
  /** Recipients per state. */
  counts: Record<SmsJobState, number>;
  /** Jobs per state. */
  jobs: Record<SmsJobState, number>;
  /** How the `unknown` jobs ended, by error code (`INTERRUPTED`…). */
  unknownCodes: Record<string, number>;
}

const emptyCounts = (): Record<SmsJobState, number> => ({
  queued: 0,
  sending: 0,
  sent: 0,
  failed: 0,
  unknown: 0,
  canceled: 0,
});

/**
 * What the queue says of every recipient, read from each job's `status()`: the job's state, except that a
 * recipient the provider refused inside a sent job is `failed`. A job Redis no longer has counts as `queued`.
 */
export async function tallyRecipients(queue: SmsQueue, chunks: readonly EnqueuedChunk[]): Promise<RecipientTally> {
  const tally: RecipientTally = { states: new Map(), counts: emptyCounts(), jobs: emptyCounts(), unknownCodes: {} };
  const statuses = await Promise.all(chunks.map((chunk) => queue.status(chunk.jobId)));
  chunks.forEach((chunk, index) => {
    const status = statuses[index];
    const state = status?.state ?? 'queued';
    tally.jobs[state] += 1;
    if (state === 'unknown') {
      const code = status?.error?.code ?? 'none';
      tally.unknownCodes[code] = (tally.unknownCodes[code] ?? 0) + 1;
    }
    const refused = new Set(
      (status?.result?.messages ?? [])
        .filter((message) => message.error !== undefined || message.status === 'failed')
        .map((message) => recipientKey(message.to)),
    );
    for (const recipient of chunk.recipients) {
      const key = recipientKey(recipient);
      const recipientState = state === 'sent' && refused.has(key) ? 'failed' : state;
      tally.states.set(key, recipientState);
      tally.counts[recipientState] += 1;
    }
  });
  return tally;
}

/** Polls the tally until no job is queued or sending (the test's own timeout bounds it); Redis errors are retried. */
export async function waitUntilAllSettled(queue: SmsQueue, chunks: readonly EnqueuedChunk[]): Promise<RecipientTally> {
  for (;;) {
    const tally = await tallyRecipients(queue, chunks).catch(() => undefined);
    if (tally !== undefined && tally.jobs.queued === 0 && tally.jobs.sending === 0) return tally;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
