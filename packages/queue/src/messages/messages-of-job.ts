import type { DeliveryStatus } from '@sms/core';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobSettlement } from '../jobs/sms-job-data';
import type { QueuedSendResult, SmsErrorSummary } from '../status/sms-job-status';
import type { SmsMessageState } from './sms-message-record';

/** One recipient's record as the store writes it: every field a string, absent ones left out. */
export interface NewMessageRecord {
  jobId: string;
  index: number;
  campaignId?: string;
  reference?: string;
  provider?: string;
  id?: string;
  fields: Record<string, string>;
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
): NewMessageRecord[] {
  const recipients = recipientsOf(data.message);
  const references = referencesOf(data.message);
  const at = String(Date.parse(outcome.at));
  const sent = outcome.result ?? outcome.settlement?.result;
  const settlementState = outcome.settlement?.state;
  const count = Math.max(recipients.length, sent?.messages.length ?? 0);
  const records: NewMessageRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    const answered = sent?.messages[index];
    const fields: Record<string, string> = {
      jobId,
      index: String(index),
      idempotencyKey: data.idempotencyKey,
      to: answered?.to ?? recipients[index] ?? '',
      settledAt: at,
      updatedAt: at,
      retentionSeconds: String(retentionSeconds),
    };
    const record: NewMessageRecord = { jobId, index, fields };
    if (data.campaignId !== undefined) record.campaignId = fields.campaignId = data.campaignId;
    const reference = answered?.reference ?? references[index];
    if (reference !== undefined) record.reference = fields.reference = reference;
    if (answered !== undefined && sent !== undefined) {
      record.provider = fields.provider = sent.provider;
      if (answered.id !== undefined) record.id = fields.id = answered.id;
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
    records.push(record);
  }
  return records;
}
