import { mapInChunks, type CallOptions, type DeliveryReport, type MessageTarget } from '@sms/core';
import { postStatus } from '../endpoints/message-endpoints';
import type { GhasedakContext } from '../native/ghasedak-context';
import { fromGhasedakNumber } from '../validation/ghasedak-recipients';
import { MAX_LIST_SIZE } from '../validation/ghasedak-inputs';
import { mapDeliveryStatus } from './map-delivery-status';
import { messageIdsOf } from './message-ids-of';

/** `getStatus`: `sms/status` by message id (`type=1`), at most 100 ids per request. */
export async function getDeliveryStatus(context: GhasedakContext, target: MessageTarget, options: CallOptions = {}): Promise<DeliveryReport[]> {
  const { provider, transport } = context;
  const references = messageIdsOf(target, provider, 'getStatus');
  const recipientOf = new Map(references.map((reference) => [reference.id, reference.to]));
  const answers = await mapInChunks(references, { size: MAX_LIST_SIZE, ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }) }, (chunk) =>
    postStatus(transport, { ids: chunk.map((reference) => reference.id), type: 1 }, options),
  );
  return answers.flat().map((item) => {
    const report: DeliveryReport = {
      provider,
      id: item.messageId,
      status: mapDeliveryStatus(item.status),
      providerStatus: item.status ?? null,
      raw: item.raw,
    };
    const to = item.receptor === undefined ? recipientOf.get(item.messageId) : fromGhasedakNumber(item.receptor);
    if (to !== undefined) report.to = to;
    if (item.price !== undefined) report.cost = item.price;
    return report;
  });
}
