import { type CallOptions, type DeliveryReport, type MessageTarget } from '@sms/core';
import { mapInChunks, splitIntoChunks } from '@sms/core/provider-utils';
import { postStatus, type StatusWire } from '../native/create-sms-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { GHASEDAK_MAX_LIST_SIZE } from '../native/ghasedak-inputs';
import { fromGhasedakNumber } from '../native/ghasedak-recipients';
import { mapDeliveryStatus } from './map-delivery-status';
import { messageIdsOf } from './message-ids-of';

/**
 * `getStatus`: `sms/status` by message id (`type=1`), at most 100 ids per request. Entries of a `SendResult`
 * whose id never came back but that carry a checkid (`reference`) are asked for by checkid (`type=2`), so a
 * message whose send answer was lost is found too; a checkid Ghasedak does not know yields no report.
 */
export async function getStatus(
  context: GhasedakContext,
  target: MessageTarget,
  options: CallOptions = {},
): Promise<DeliveryReport[]> {
  const { provider, transport } = context;
  const { references, unidentified } = messageIdsOf(target, provider, 'getStatus', true);
  const recipientOf = new Map(references.map((reference) => [reference.id, reference.to]));
  const requests: StatusWire[] = [
    ...splitIntoChunks(references, GHASEDAK_MAX_LIST_SIZE).map((chunk): StatusWire => ({
      ids: chunk.map((reference) => reference.id),
      type: 1,
    })),
    ...splitIntoChunks(unidentified, GHASEDAK_MAX_LIST_SIZE).map((chunk): StatusWire => ({
      ids: chunk.map((message) => message.reference),
      type: 2,
    })),
  ];
  const answers = await mapInChunks(
    requests,
    { size: 1, ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }) },
    ([request]) => postStatus(transport, request!, options),
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
