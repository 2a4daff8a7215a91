import { inFlightOf } from '../jobs/in-flight-of';
import type { SmsJobData } from '../jobs/sms-job-data';
import type { SmsErrorSummary } from './sms-job-status';

/** The recipients of a job that are still `unknown`, and what is known about their request. */
export interface UnknownPart {
  recipients: string[];
  references: (string | null)[];
  providers: string[];
  error: SmsErrorSummary;
  since?: string;
}

/**
 * The unknown part of a settled job: from how the worker settled it, or from its in-flight mark when BullMQ
 * failed it itself (stalled too often) mid-request. `undefined` when nothing of it is unknown.
 */
export function unknownPartOf(data: SmsJobData, jobId: string, failedReason?: string): UnknownPart | undefined {
  const settlement = data.settlement;
  if (settlement !== undefined) {
    if (settlement.state !== 'unknown' || settlement.recipients === undefined) return undefined;
    const part: UnknownPart = {
      recipients: settlement.recipients,
      references: settlement.references ?? settlement.recipients.map(() => null),
      providers: settlement.providers ?? (data.provider === undefined ? [] : [data.provider]),
      error: settlement.error,
    };
    if (settlement.since !== undefined) part.since = settlement.since;
    return part;
  }
  const inFlight = inFlightOf(data, jobId);
  if (inFlight === undefined) return undefined;
  return {
    ...inFlight,
    error: {
      code: 'INTERRUPTED',
      message: `The worker stopped while sending (${failedReason ?? 'stalled'}); the message may have gone out.`,
      outcome: 'unknown',
      retryable: false,
    },
  };
}
