import type { SmsJobSettlement } from '../jobs/sms-job-data';
import type { QueuedSendResult } from '../status/sms-job-status';
import { wasAccepted } from '../status/was-accepted';

/** A chunk's recipients by state, as the campaign counts them. */
export type Distribution = Partial<Record<'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'canceled', number>>;

function accepted(result: QueuedSendResult | undefined): number {
  return (result?.messages ?? []).filter(wasAccepted).length;
}

function withoutZeros(distribution: Distribution): Distribution {
  return Object.fromEntries(Object.entries(distribution).filter(([, count]) => count > 0));
}

/** How a chunk's recipients ended, by state, from what the job returned or how it settled. */
export function settledDistribution(
  count: number,
  result: QueuedSendResult | undefined,
  settlement: SmsJobSettlement | undefined,
): Distribution {
  if (settlement === undefined) {
    const sent = Math.min(count, accepted(result));
    return withoutZeros({ sent, failed: count - sent });
  }
  if (settlement.state === 'canceled') return { canceled: count };
  const sent = Math.min(count, accepted(settlement.result));
  if (settlement.state === 'failed') return withoutZeros({ sent, failed: count - sent });
  const unknown = Math.min(count - sent, settlement.recipients?.length ?? count);
  return withoutZeros({ sent, unknown, failed: count - sent - unknown });
}
