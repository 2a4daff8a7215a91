import type { DeliveryReport } from '@sms/core';
import type { MinimalQueue } from 'bullmq';
import { messageKeyBase, messageRedisOf } from './message-redis';
import { readMessages, resolveMessageQuery } from './read-messages';
import { recordDeliveryReports } from './record-delivery-reports';
import type { DeliveryReportsRecorded, SmsMessagePage, SmsMessageQuery, SmsMessageRecord } from './sms-message-record';
import { unsettledJobMessages } from './unsettled-job-messages';

const ITERATION_PAGE = 500;

/** The per-message status methods of `createSmsQueue`. */
export interface SmsMessageStatus {
  /**
   * Message records, one per recipient: of a job (by `jobId` or `idempotencyKey`; `queued` / `sending` ones
   * while it has not settled), of a campaign, with a reference, or by the provider's message id. Paged.
   */
  messages(query: SmsMessageQuery, page?: SmsMessagePage): Promise<SmsMessageRecord[]>;
  /** Every record a query finds, page after page: for a campaign of any size. */
  eachMessage(query: SmsMessageQuery): AsyncIterable<SmsMessageRecord>;
  /**
   * Records what delivery reports say (from a webhook's `onDeliveryReport` or `client.getStatus`), in one
   * round trip. A message only moves forward; reports for ids no record has are counted, not kept.
   */
  recordDeliveryReports(reports: readonly DeliveryReport[]): Promise<DeliveryReportsRecorded>;
}

export function createSmsMessageStatus(queue: MinimalQueue): SmsMessageStatus {
  const base = messageKeyBase(queue);
  const messages: SmsMessageStatus['messages'] = async (query, page) => {
    const resolved = resolveMessageQuery(query);
    const redis = await messageRedisOf(queue);
    const { records } = await readMessages(redis, base, resolved, page);
    if (records.length > 0 || resolved.index !== 'job' || (page?.offset ?? 0) > 0) return records;
    const unsettled = await unsettledJobMessages(queue, resolved.value);
    return unsettled.slice(0, page?.limit ?? unsettled.length);
  };
  return {
    messages,
    async *eachMessage(query) {
      const resolved = resolveMessageQuery(query);
      const redis = await messageRedisOf(queue);
      for (let offset = 0; ; offset += ITERATION_PAGE) {
        const { records, scanned } = await readMessages(redis, base, resolved, { offset, limit: ITERATION_PAGE });
        yield* records;
        if (scanned < ITERATION_PAGE || resolved.index === 'provider-id') return;
      }
    },
    async recordDeliveryReports(reports) {
      return recordDeliveryReports(await messageRedisOf(queue), base, reports);
    },
  };
}
