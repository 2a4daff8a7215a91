import { createHash } from 'node:crypto';
import type { BatchMessage } from '@sms/core';
import { recipientsOf } from './recipients-of';
import type { SmsJobData } from './sms-job-data';

/**
 * The reference a job's messages get when the user gave none: derived from the job id, so the worker that
 * reconciles the job recomputes it. Lowercase letters and digits, 17 characters: it fits every provider's
 * reference field (Ghasedak `checkid` must not hold a comma; SMS Partner's `tag` is at most 20 lowercase
 * characters), with room for Ghasedak's `-N` per recipient.
 */
export function jobReferenceOf(jobId: string): string {
  return `q${createHash('sha256').update(jobId).digest('hex').slice(0, 16)}`;
}

// Ghasedak's rule (`checkIdOf` in @sms/ghasedak): one recipient keeps the reference, several get `-1`, `-2`…
function perRecipient(reference: string, count: number, index: number): string {
  return count === 1 ? reference : `${reference}-${index + 1}`;
}

export interface ReferencedJob {
  /** The message to send, with the job's reference where the user gave none. */
  message: unknown;
  /** Each recipient's reference, lined up with `recipientsOf(message)`. */
  references: (string | null)[];
}

/**
 * Gives a job's message a per-message reference that names job and recipient, unless the user gave one (then
 * the user's own is kept and numbered by the same rule). With `add` false the message is left as it is and
 * only the user's references are reported.
 */
export function referencesOf(data: SmsJobData, jobId: string, add: boolean): ReferencedJob {
  const base = jobReferenceOf(jobId);
  if (Array.isArray(data.message)) {
    const entries = data.message as BatchMessage[];
    const message = entries.map((entry, index) =>
      entry.reference !== undefined || !add
        ? entry
        : { ...entry, reference: perRecipient(base, entries.length, index) },
    );
    return { message, references: message.map((entry) => entry.reference ?? null) };
  }
  const single = data.message as { reference?: string };
  const count = recipientsOf(data.message).length;
  const reference = single.reference ?? (add ? base : undefined);
  const message = reference === single.reference ? data.message : { ...single, reference };
  return {
    message,
    references: Array.from({ length: count }, (_, index) =>
      reference === undefined ? null : perRecipient(reference, count, index),
    ),
  };
}
