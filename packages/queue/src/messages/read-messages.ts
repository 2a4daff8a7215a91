import { SmsError, type DeliveryStatus } from '@sms/core';
import { jobIdOf } from '../jobs/job-id-of';
import type { MessageRedis } from './message-redis';
import { READ_MESSAGES, runMessageScript } from './message-scripts';
import type { SmsMessagePage, SmsMessageQuery, SmsMessageRecord, SmsMessageState } from './sms-message-record';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

export interface ResolvedMessageQuery {
  index: 'job' | 'campaign' | 'reference' | 'provider-id';
  value: string;
}

function invalid(message: string): SmsError {
  return new SmsError(message, { code: 'INVALID_INPUT' });
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Which index a query reads; `INVALID_INPUT` for anything but exactly one of the documented shapes. */
export function resolveMessageQuery(query: SmsMessageQuery): ResolvedMessageQuery {
  const given = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const keys = Object.keys(given)
    .filter((key) => given[key] !== undefined)
    .sort()
    .join(',');
  if (keys === 'jobId' && isText(given.jobId)) return { index: 'job', value: given.jobId };
  if (keys === 'idempotencyKey' && isText(given.idempotencyKey))
    return { index: 'job', value: jobIdOf(given.idempotencyKey) };
  if (keys === 'campaignId' && isText(given.campaignId)) return { index: 'campaign', value: given.campaignId };
  if (keys === 'reference' && isText(given.reference)) return { index: 'reference', value: given.reference };
  if (keys === 'id,provider' && isText(given.provider) && isText(given.id))
    return { index: 'provider-id', value: `${given.provider}:${given.id}` };
  throw invalid(
    'messages() takes one of { jobId }, { idempotencyKey }, { campaignId }, { reference } or { provider, id }, each a non-empty string.',
  );
}

function pageOf(page: SmsMessagePage | undefined): { offset: number; limit: number } {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(offset) || offset < 0)
    throw invalid(`messages(): \`offset\` must be a whole number of at least 0, not ${String(offset)}.`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw invalid(`messages(): \`limit\` must be a whole number from 1 to ${MAX_LIMIT}, not ${String(limit)}.`);
  return { offset, limit };
}

const dateOf = (value: string | undefined): Date | undefined =>
  value === undefined ? undefined : new Date(Number(value));

export function toMessageRecord(flat: readonly string[]): SmsMessageRecord {
  const fields: Record<string, string> = {};
  for (let index = 0; index + 1 < flat.length; index += 2) fields[flat[index]!] = flat[index + 1]!;
  const record: SmsMessageRecord = {
    jobId: fields.jobId ?? '',
    idempotencyKey: fields.idempotencyKey ?? '',
    index: Number(fields.index ?? 0),
    to: fields.to ?? '',
    state: (fields.state ?? 'unknown') as SmsMessageState,
    updatedAt: dateOf(fields.updatedAt) ?? new Date(0),
  };
  if (fields.campaignId !== undefined) record.campaignId = fields.campaignId;
  if (fields.provider !== undefined) record.provider = fields.provider;
  if (fields.id !== undefined) record.id = fields.id;
  if (fields.reference !== undefined) record.reference = fields.reference;
  if (fields.deliveryStatus !== undefined) record.deliveryStatus = fields.deliveryStatus as DeliveryStatus;
  if (fields.providerStatus !== undefined) record.providerStatus = fields.providerStatus;
  if (fields.errorCode !== undefined)
    record.error = {
      code: fields.errorCode as NonNullable<SmsMessageRecord['error']>['code'],
      message: fields.errorMessage ?? '',
    };
  if (fields.cost !== undefined) record.cost = Number(fields.cost);
  const settledAt = dateOf(fields.settledAt);
  if (settledAt !== undefined) record.settledAt = settledAt;
  const deliveredAt = dateOf(fields.deliveredAt);
  if (deliveredAt !== undefined) record.deliveredAt = deliveredAt;
  return record;
}

/** One page of records of an index, in one round trip; `scanned` says how far the index was read. */
export async function readMessages(
  redis: MessageRedis,
  base: string,
  query: ResolvedMessageQuery,
  page?: SmsMessagePage,
): Promise<{ records: SmsMessageRecord[]; scanned: number }> {
  const { offset, limit } = pageOf(page);
  const [scanned, ...found] = (await runMessageScript(redis, READ_MESSAGES, [
    base,
    query.index,
    query.value,
    offset,
    limit,
  ])) as [number, ...string[][]];
  return { records: found.map(toMessageRecord), scanned };
}
