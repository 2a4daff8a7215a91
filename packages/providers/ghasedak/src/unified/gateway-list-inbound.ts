import type { CallOptions, InboundMessage, InboundQuery } from '@sms/core';
import {
  getReceivedSmses,
  getReceivedSmsesPaging,
  GHASEDAK_GATEWAY_MAX_PAGE_SIZE,
} from '../native/create-gateway-inbound-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import type { GhasedakGatewayReceivedMessage } from '../native/gateway-inbound-api-types';
import { assertDate, assertInteger } from '../native/ghasedak-inputs';
import { fromGhasedakNumber } from '../native/ghasedak-recipients';
import { checkInboundQuery } from './check-inbound-query';

function toInbound(provider: string, received: GhasedakGatewayReceivedMessage): InboundMessage {
  const message: InboundMessage = {
    provider,
    id: received.id,
    from: fromGhasedakNumber(received.sender),
    text: received.message,
    raw: received.raw,
  };
  if (received.lineNumber !== undefined) message.to = received.lineNumber;
  if (received.receiveDate !== undefined) message.receivedAt = received.receiveDate;
  return message;
}

/**
 * `listInbound` on the gateway: `GetReceivedSmses` (the latest 100) when the query names only a line and a
 * read state; `GetReceivedSmsesPaging` as soon as it gives a time range, a page or a limit. The query's
 * zero-based `page` is sent as the gateway's one-based `PageIndex` (page 0 → 1). Paged reads mark the
 * messages read on the server.
 */
export async function gatewayListInbound(
  context: GhasedakGatewayContext,
  query: InboundQuery = {},
  options: CallOptions = {},
): Promise<InboundMessage[]> {
  const { provider, transport } = context;
  const { lineNumber, read: isRead, paged } = checkInboundQuery(context, query);
  if (!paged) {
    const received = await getReceivedSmses(transport, { lineNumber, isRead }, options);
    return received.map((message) => toInbound(provider, message));
  }
  const page = await getReceivedSmsesPaging(
    transport,
    {
      lineNumber,
      isRead,
      startDate: query.from === undefined ? undefined : assertDate(query.from, provider, 'from'),
      endDate: query.until === undefined ? undefined : assertDate(query.until, provider, 'until'),
      pageIndex: assertInteger(query.page ?? 0, provider, 'page', 0) + 1,
      pageSize: assertInteger(
        query.limit ?? GHASEDAK_GATEWAY_MAX_PAGE_SIZE,
        provider,
        'limit',
        1,
        GHASEDAK_GATEWAY_MAX_PAGE_SIZE,
      ),
    },
    options,
  );
  return page.items.map((message) => toInbound(provider, message));
}
