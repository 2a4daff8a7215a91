import type { DeliveryStatus } from '@sms/core';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobSettlement } from '../jobs/sms-job-data';
import type { QueuedSendResult, SmsErrorSummary } from '../status/sms-job-status';
import type { SmsMessageState } from './sms-message-record';

/**
 * A job's records as the store writes them: the fields all of them share (job, key, times, campaign,
 * provider) once, then each recipient's own (`index`, `to`, `reference`, `id`, `state`…). Every value is a
 * string, absent ones left out; the script merges the two.
 */
export interface NewMessageRecords {
  common: Record<string, string>;
  records: Record<string, string>[];
}

/** How a job settled: `result` when sent; `settlement` when failed or unknown. */
export interface JobOutcome {
  result?: QueuedSendResult;
  settlement?: SmsJobSettlement;
  at: string;
}

/** The state a recipient is in right after the provider answered for it. */
export function stateOfSentMessage(status: DeliveryStatus, failed: boolean): SmsMessageState {
  if (failed || status === 'failed' || status === 'rejected' || status === 'expired') return 'failed';
  if (status === 'delivered' || status === 'canceled') return status;
  if (status === 'unknown') return 'unknown';
  return 'sent';
}

function referencesOf(message: unknown): (string | undefined)[] {
  const referenceOf = (value: unknown): string | undefined => {
    const reference = (value as { reference?: unknown } | null)?.reference;
    return typeof reference === 'string' ? reference : undefined;
  };
  if (Array.isArray(message)) return message.map(referenceOf);
  return recipientsOf(message).map(() => referenceOf(message));
}

function withError(fields: Record<string, string>, error: SmsErrorSummary | undefined): void {
  if (error === undefined) return;
  fields.errorCode = error.code;
  fields.errorMessage = error.message;
}

/** One record per recipient of a settled job, in the job's order. */
export function messagesOfJob(
  jobId: string,
  data: SmsJobData,
  outcome: JobOutcome,
  retentionSeconds: number,
): NewMessageRecords {
  const recipients = recipientsOf(data.message);
  const references = referencesOf(data.message);
  const at = String(Date.parse(outcome.at));
  const sent = outcome.result ?? outcome.settlement?.result;
  const settlementState = outcome.settlement?.state;
  const count = Math.max(recipients.length, sent?.messages.length ?? 0);
  const common: Record<string, string> = {
    jobId,
    idempotencyKey: data.idempotencyKey,
    settledAt: at,
    updatedAt: at,
    retentionSeconds: String(retentionSeconds),
  };
  if (data.campaignId !== undefined) common.campaignId = data.campaignId;
  const records: Record<string, string>[] = [];
  for (let index = 0; index < count; index += 1) {
    const answered = sent?.messages[index];
    const fields: Record<string, string> = { index: String(index), to: answered?.to ?? recipients[index] ?? '' };
    const reference = answered?.reference ?? references[index];
    if (reference !== undefined) fields.reference = reference;
    if (answered !== undefined && sent !== undefined) {
      fields.provider = sent.provider;
      if (answered.id !== undefined) fields.id = answered.id;
      fields.state = stateOfSentMessage(answered.status, answered.error !== undefined);
      fields.deliveryStatus = answered.status;
      if (answered.providerStatus !== undefined) fields.providerStatus = String(answered.providerStatus);
      if (answered.cost !== undefined) fields.cost = String(answered.cost);
      withError(fields, answered.error);
    } else {
      // Not in what the provider answered: the job's own ending tells.
      fields.state = settlementState ?? 'unknown';
      withError(fields, outcome.settlement?.error);
    }
    records.push(fields);
  }
  return { common, records };
}
