import { recipientsOf } from './recipients-of';
import { referencesOf } from './references-of';
import type { SmsJobData } from './sms-job-data';

/** A job's in-flight mark spelled out: who may have been sent to, under which references, where and since when. */
export interface InFlightRecipients {
  recipients: string[];
  /** Each recipient's reference (Ghasedak `checkid`), lined up with `recipients`; `null`: none. */
  references: (string | null)[];
  providers: string[];
  since: string;
}

/** The in-flight mark of a job, with its recipients and references recomputed as the worker sent them. */
export function inFlightOf(data: SmsJobData, jobId: string): InFlightRecipients | undefined {
  const mark = data.inFlight;
  if (mark === undefined) return undefined;
  return {
    recipients: recipientsOf(data.message),
    references: referencesOf(data, jobId, mark.referencesAdded ?? false).references,
    providers: mark.providers ?? (data.provider === undefined ? [] : [data.provider]),
    since: mark.since,
  };
}
