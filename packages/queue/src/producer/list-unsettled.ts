import type { BatchMessage } from '@sms/core';
import type { Job, Queue } from 'bullmq';
import type { SmsJobData, SmsJobResult } from '../jobs/sms-job-data';
import type { UnsettledRecipient, UnsettledSend } from '../status/unsettled-send';
import { unknownPartOf } from '../status/unknown-part-of';

type SmsJob = Job<SmsJobData, SmsJobResult>;

function textsOf(data: SmsJobData): Map<string, string> {
  const texts = new Map<string, string>();
  if (Array.isArray(data.message))
    for (const entry of data.message as BatchMessage[]) if (!texts.has(entry.to)) texts.set(entry.to, entry.text);
  return texts;
}

/** The unsettled send a job is, or `undefined` when none of its recipients is unknown. */
export function toUnsettledSend(job: SmsJob): UnsettledSend | undefined {
  const data = job.data;
  const part = unknownPartOf(data, job.id ?? '', job.failedReason);
  if (part === undefined || part.recipients.length === 0) return undefined;
  const texts = textsOf(data);
  const recipients = part.recipients.map((to, index): UnsettledRecipient => {
    const recipient: UnsettledRecipient = { to };
    const reference = part.references[index];
    if (typeof reference === 'string') recipient.reference = reference;
    const text = texts.get(to);
    if (text !== undefined) recipient.text = text;
    return recipient;
  });
  const unsettled: UnsettledSend = {
    jobId: job.id ?? '',
    idempotencyKey: data.idempotencyKey,
    operation: data.operation,
    recipients,
    providers: part.providers,
    error: part.error,
    enqueuedAt: new Date(data.enqueuedAt),
  };
  const message = data.message as { text?: unknown; template?: unknown };
  if (data.operation === 'send' && typeof message.text === 'string') unsettled.text = message.text;
  if (data.operation === 'sendTemplate' && typeof message.template === 'string') unsettled.template = message.template;
  if (data.settlement?.result !== undefined) unsettled.result = data.settlement.result;
  if (part.since !== undefined) unsettled.since = new Date(part.since);
  const settledAt =
    data.settlement?.at ?? (job.finishedOn === undefined ? undefined : new Date(job.finishedOn).toISOString());
  if (settledAt !== undefined) unsettled.settledAt = new Date(settledAt);
  return unsettled;
}

/** Every settled job with unknown recipients, newest first, read from Redis `pageSize` jobs at a time. */
export async function* listUnsettled(
  queue: Queue<SmsJobData, SmsJobResult>,
  pageSize: number,
): AsyncGenerator<UnsettledSend> {
  // Unknown jobs are BullMQ failures (UnrecoverableError): the failed set holds every one of them.
  for (let start = 0; ; start += pageSize) {
    const jobs = await queue.getFailed(start, start + pageSize - 1);
    for (const job of jobs) {
      const unsettled = toUnsettledSend(job);
      if (unsettled !== undefined) yield unsettled;
    }
    if (jobs.length < pageSize) return;
  }
}
