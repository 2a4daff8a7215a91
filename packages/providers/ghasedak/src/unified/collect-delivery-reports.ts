import type { DeliveryReport, DeliveryStatus, MessageTarget } from '@sms/core';
import { mapInChunks, splitIntoChunks } from '@sms/core/provider-utils';
import { fromGhasedakNumber } from '../native/ghasedak-recipients';
import { messageIdsOf } from './message-ids-of';

/** One status request: `type` 1 when the ids are message ids, 2 when they are references (checkid, client reference id). */
export interface StatusRequest {
  ids: readonly string[];
  type: 1 | 2;
}

/** What v2's `sms/status` and the gateway's `CheckSmsStatus` both answer for one message. */
export interface MessageStatusItem {
  messageId: string;
  status: number | undefined;
  receptor?: string;
  price?: number;
  raw: unknown;
}

export interface StatusLookup<Item extends MessageStatusItem> {
  provider: string;
  concurrency: number | undefined;
  /** Most ids in one request. */
  maxIdsPerRequest: number;
  /** One request to the provider; requests go one at a time per slot of `concurrency`. */
  request: (request: StatusRequest) => Promise<Item[]>;
  /** The provider's status table: v2 and the gateway number their statuses differently. */
  mapStatus: (status: number | undefined) => DeliveryStatus;
}

/**
 * `getStatus` for both APIs: asks by message id (`type` 1), and by reference (`type` 2) for the entries of a
 * `SendResult` whose id never came back, then turns the answers into reports. A report's recipient is the
 * one the provider names, else the one the target gave for that id.
 */
export async function collectDeliveryReports<Item extends MessageStatusItem>(
  target: MessageTarget,
  lookup: StatusLookup<Item>,
): Promise<DeliveryReport[]> {
  const { provider, maxIdsPerRequest } = lookup;
  const { references, unidentified } = messageIdsOf(target, provider, 'getStatus', true);
  const recipientOf = new Map(references.map((reference) => [reference.id, reference.to]));
  const requests: StatusRequest[] = [
    ...splitIntoChunks(references, maxIdsPerRequest).map((chunk): StatusRequest => ({
      ids: chunk.map((reference) => reference.id),
      type: 1,
    })),
    ...splitIntoChunks(unidentified, maxIdsPerRequest).map((chunk): StatusRequest => ({
      ids: chunk.map((message) => message.reference),
      type: 2,
    })),
  ];
  const answers = await mapInChunks(
    requests,
    { size: 1, ...(lookup.concurrency === undefined ? {} : { concurrency: lookup.concurrency }) },
    ([request]) => lookup.request(request!),
  );
  return answers.flat().map((item) => {
    const report: DeliveryReport = {
      provider,
      id: item.messageId,
      status: lookup.mapStatus(item.status),
      providerStatus: item.status ?? null,
      raw: item.raw,
    };
    const to = item.receptor === undefined ? recipientOf.get(item.messageId) : fromGhasedakNumber(item.receptor);
    if (to !== undefined) report.to = to;
    if (item.price !== undefined) report.cost = item.price;
    return report;
  });
}
