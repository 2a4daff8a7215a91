import type { SendResult } from '@sms/core';
import type { QueuedSendResult } from './sms-job-status';
import { summarizeError } from './summarize-error';

/** A `SendResult` ready to be stored as JSON: per-recipient errors become summaries. */
export function toQueuedResult(result: SendResult): QueuedSendResult {
  return {
    ...result,
    messages: result.messages.map(({ error, ...message }) =>
      error === undefined ? message : { ...message, error: summarizeError(error) },
    ),
  };
}
