import type { CallOptions, InboundMessage, InboundQuery } from '@sms/core';
import { GHASEDAK_MAX_RECEIVE_PAGE_SIZE, postReceiveLast, postReceivePaging } from '../native/create-sms-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { assertDate, assertInteger } from '../native/ghasedak-inputs';
import { fromGhasedakNumber } from '../native/ghasedak-recipients';
import type { GhasedakReceivedMessage } from '../native/sms-api-types';
import { checkInboundQuery } from './check-inbound-query';

function toInbound(provider: string, received: GhasedakReceivedMessage): InboundMessage {
  const message: InboundMessage = {
    provider,
    id: received.messageId,
    from: fromGhasedakNumber(received.sender),
    text: received.message,
    raw: received.raw,
  };
  if (received.lineNumber !== undefined) message.to = received.lineNumber;
  if (received.receivedAt !== undefined) message.receivedAt = received.receivedAt;
  return message;
}

/**
 * `listInbound`: `sms/receive/last` (the last 100 messages) when the query names only a line and read state;
 * `sms/receive/paging` as soon as it gives a time range, a page or a limit.
 */
export async function listInbound(
  context: GhasedakContext,
  query: InboundQuery = {},
  options: CallOptions = {},
): Promise<InboundMessage[]> {
  const { provider, transport } = context;
  const { lineNumber, read, paged } = checkInboundQuery(context, query);
  if (!paged) {
    const received = await postReceiveLast(transport, { lineNumber, read }, options);
    return received.map((message) => toInbound(provider, message));
  }
  const page = await postReceivePaging(
    transport,
    {
      lineNumber,
      read,
      fromDate: query.from === undefined ? new Date(0) : assertDate(query.from, provider, 'from'),
      toDate: query.until === undefined ? new Date() : assertDate(query.until, provider, 'until'),
      page: assertInteger(query.page ?? 0, provider, 'page', 0),
      pageSize: assertInteger(
        query.limit ?? GHASEDAK_MAX_RECEIVE_PAGE_SIZE,
        provider,
        'limit',
        1,
        GHASEDAK_MAX_RECEIVE_PAGE_SIZE,
      ),
    },
    options,
  );
  return page.messages.map((message) => toInbound(provider, message));
}
