import { type CallOptions, type DeliveryReport, type MessageTarget } from '@sms/core';
import { mapInChunks, splitIntoChunks } from '@sms/core/provider-utils';
import {
  getCheckSmsStatus,
  GHASEDAK_GATEWAY_MAX_STATUS_IDS,
  type GatewayStatusWire,
} from '../native/create-gateway-sms-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import { fromGhasedakNumber } from '../native/ghasedak-recipients';
import { mapGatewayDeliveryStatus } from './map-gateway-delivery-status';
import { messageIdsOf } from './message-ids-of';

/**
 * `getStatus` on the gateway: `CheckSmsStatus` by message id (`Type=1`), at most 100 ids per request.
 * Entries of a `SendResult` whose id never came back but that carry a reference are asked for by client
 * reference id (`Type=2`). What the gateway answers for an id it does not know is not documented, so an
 * absent row proves nothing (the `statusByReference` capability stays off).
 */
export async function gatewayGetStatus(
  context: GhasedakGatewayContext,
  target: MessageTarget,
  options: CallOptions = {},
): Promise<DeliveryReport[]> {
  const { provider, transport } = context;
  const { references, unidentified } = messageIdsOf(target, provider, 'getStatus', true);
  const recipientOf = new Map(references.map((reference) => [reference.id, reference.to]));
  const requests: GatewayStatusWire[] = [
    ...splitIntoChunks(references, GHASEDAK_GATEWAY_MAX_STATUS_IDS).map((chunk): GatewayStatusWire => ({
      ids: chunk.map((reference) => reference.id),
      type: 1,
    })),
    ...splitIntoChunks(unidentified, GHASEDAK_GATEWAY_MAX_STATUS_IDS).map((chunk): GatewayStatusWire => ({
      ids: chunk.map((message) => message.reference),
      type: 2,
    })),
  ];
  const answers = await mapInChunks(
    requests,
    { size: 1, ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }) },
    ([request]) => getCheckSmsStatus(transport, request!, options),
  );
  return answers.flat().map((item) => {
    const report: DeliveryReport = {
      provider,
      id: item.messageId,
      status: mapGatewayDeliveryStatus(item.status),
      providerStatus: item.status ?? null,
      raw: item.raw,
    };
    const to = item.receptor === undefined ? recipientOf.get(item.messageId) : fromGhasedakNumber(item.receptor);
    if (to !== undefined) report.to = to;
    if (item.price !== undefined) report.cost = item.price;
    return report;
  });
}
