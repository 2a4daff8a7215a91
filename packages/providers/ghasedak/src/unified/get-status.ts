import type { CallOptions, DeliveryReport, MessageTarget } from '@sms/core';
import { postStatus } from '../native/create-sms-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { GHASEDAK_MAX_LIST_SIZE } from '../native/ghasedak-inputs';
import { collectDeliveryReports } from './collect-delivery-reports';
import { mapDeliveryStatus } from './map-delivery-status';

/**
 * `getStatus`: `sms/status` by message id (`type=1`), at most 100 ids per request. Entries of a `SendResult`
 * whose id never came back but that carry a checkid (`reference`) are asked for by checkid (`type=2`), so a
 * message whose send answer was lost is found too; a checkid Ghasedak does not know yields no report.
 */
export function getStatus(
  context: GhasedakContext,
  target: MessageTarget,
  options: CallOptions = {},
): Promise<DeliveryReport[]> {
  return collectDeliveryReports(target, {
    provider: context.provider,
    concurrency: context.concurrency,
    maxIdsPerRequest: GHASEDAK_MAX_LIST_SIZE,
    request: (request) => postStatus(context.transport, request, options),
    mapStatus: mapDeliveryStatus,
  });
}
