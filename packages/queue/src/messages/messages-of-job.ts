import type { DeliveryStatus } from '@sms/core';
import { recipientsOf } from '../jobs/recipients-of';
import type { SmsJobData, SmsJobSettlement } from '../jobs/sms-job-data';
import type { QueuedSendResult } from '../status/sms-job-status';
import type { SmsMessageState } from './sms-message-record';

/**
 * A job's records as the store writes them, one per recipient in the job's order: the fields all of them share
 * (job, key, times, campaign, and usually provider and state) once in `common`; the fields that differ
 * (`to`, `reference`, `id`…) as one row of values per recipient, in the order of `fields` (`null`: absent).
 * Every value is a string. A row's position is the recipient's `index`.
 */
export interface NewMessageRecords {
  common: Record<string, string>;
  fields: string[];
  rows: (string | null)[][];
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

// The fields a record may have besides the common ones, in the order of a row.
const RECORD_FIELDS = [
  'to',
  'reference',
  'provider',
  'id',
  'state',
  'deliveryStatus',
  'providerStatus',
  'cost',
  'errorCode',
  'errorMessage',
] as const;

type RecordValues = (string | null)[];

/**
 * Moves every field whose value is the same in all rows (or absent from all) out of the rows: a 100-recipient
 * job then sends its provider, state and status once (about a third of the bytes of one object per record).
 */
function compacted(common: Record<string, string>, rows: RecordValues[]): NewMessageRecords {
  const varying: number[] = [];
  RECORD_FIELDS.forEach((field, column) => {
    const first = rows[0]?.[column] ?? null;
    if (rows.every((row) => row[column] === first)) {
      if (first !== null) common[field] = first;
    } else varying.push(column);
  });
  return {
    common,
    fields: varying.map((column) => RECORD_FIELDS[column]!),
    rows: rows.map((row) => varying.map((column) => row[column]!)),
  };
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
  const settlementError = outcome.settlement?.error;
  const count = Math.max(recipients.length, sent?.messages.length ?? 0);
  const common: Record<string, string> = {
    jobId,
    idempotencyKey: data.idempotencyKey,
    settledAt: at,
    updatedAt: at,
    retentionSeconds: String(retentionSeconds),
  };
  if (data.campaignId !== undefined) common.campaignId = data.campaignId;
  const rows: RecordValues[] = [];
  for (let index = 0; index < count; index += 1) {
    const answered = sent?.messages[index];
    const to = answered?.to ?? recipients[index] ?? '';
    const reference = answered?.reference ?? references[index] ?? null;
    if (answered !== undefined && sent !== undefined) {
      rows.push([
        to,
        reference,
        sent.provider,
        answered.id ?? null,
        stateOfSentMessage(answered.status, answered.error !== undefined),
        answered.status,
        answered.providerStatus === undefined ? null : String(answered.providerStatus),
        answered.cost === undefined ? null : String(answered.cost),
        answered.error?.code ?? null,
        answered.error?.message ?? null,
      ]);
    } else {
      // Not in what the provider answered: the job's own ending tells.
      rows.push([
        to,
        reference,
        null,
        null,
        settlementState ?? 'unknown',
        null,
        null,
        null,
        settlementError?.code ?? null,
        settlementError?.message ?? null,
      ]);
    }
  }
  return compacted(common, rows);
}
