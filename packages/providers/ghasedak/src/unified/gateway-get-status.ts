import type { CallOptions, DeliveryReport, MessageTarget } from '@sms/core';
import { getCheckSmsStatus, GHASEDAK_GATEWAY_MAX_STATUS_IDS } from '../native/create-gateway-sms-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import { collectDeliveryReports } from './collect-delivery-reports';
import { mapGatewayDeliveryStatus } from './map-gateway-delivery-status';

/**
 * `getStatus` on the gateway: `CheckSmsStatus` by message id (`Type=1`), at most 100 ids per request.
 * Entries of a `SendResult` whose id never came back but that carry a reference are asked for by client
 * reference id (`Type=2`). What the gateway answers for an id it does not know is not documented, so an
 * absent row proves nothing (the `statusByReference` capability stays off).
 */
export function gatewayGetStatus(
  context: GhasedakGatewayContext,
  target: MessageTarget,
  options: CallOptions = {},
): Promise<DeliveryReport[]> {
  return collectDeliveryReports(target, {
    provider: context.provider,
    concurrency: context.concurrency,
    maxIdsPerRequest: GHASEDAK_GATEWAY_MAX_STATUS_IDS,
    request: (request) => getCheckSmsStatus(context.transport, request, options),
    mapStatus: mapGatewayDeliveryStatus,
  });
}
