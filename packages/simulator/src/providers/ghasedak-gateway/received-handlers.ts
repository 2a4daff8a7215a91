import type { SimulatedInboundMessage } from '../../simulated-inbound-message';
import { gatewaySuccess } from './gateway-envelope';
import { GATEWAY_ERROR, GatewayFailure, invalidInput } from './gateway-failure';
import type { GatewayHandler, GatewayInput } from './gateway-handler';
import { formatGatewayDate, parseGatewayDate } from './gateway-dates';
import { queryValue, readBoolean } from './gateway-request';

const LATEST_LIMIT = 100;
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 200;
const DEFAULT_PERIOD_MS = 90 * 86_400_000;

function receivedItem(message: SimulatedInboundMessage): Record<string, unknown> {
  return {
    id: Number(message.id),
    message: message.text,
    sender: message.from,
    lineNumber: message.to,
    receiveDate: formatGatewayDate(Date.parse(message.receivedAt)),
  };
}

/** The line's inbound messages with the wanted read flag, newest first; the store is the one v2 reads. */
function lineMessages({ context, request }: GatewayInput): { messages: SimulatedInboundMessage[] } {
  const line = queryValue(request, 'LineNumber');
  if (line === undefined) throw invalidInput('LineNumber is required');
  if (!context.settings.lines.ghasedak.includes(line))
    throw new GatewayFailure(
      GATEWAY_ERROR.lineOwnership,
      `LineOwnershipError: line ${line} does not belong to this account`,
    );
  // Unread when absent (docs draft); `1`/`0` are refused, as the PHP SDK's switch to 'true'/'false' suggests.
  const read = readBoolean(queryValue(request, 'IsRead'), 'IsRead') ?? false;
  const messages = context.inbound
    .all('ghasedak')
    .filter((message) => message.to === line && message.read === read)
    .reverse();
  return { messages };
}

/** `GetReceivedSmses`: the 100 newest messages of a line, read or unread; it marks nothing read. */
export const handleReceivedLatest: GatewayHandler = (input) => {
  const { messages } = lineMessages(input);
  return gatewaySuccess({ items: messages.slice(0, LATEST_LIMIT).map(receivedItem) });
};

function readWholeNumber(value: string | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw invalidInput(`${field} must be a whole number; got ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * `GetReceivedSmsesPaging`: a line's messages received between StartDate and EndDate (default: the last 90
 * days), newest first, one page at a time. The messages returned are marked read (docs draft). The first page
 * is `pageBase` (1 by default, with 0 read as 1 too).
 */
export const handleReceivedPaging: GatewayHandler = (input) => {
  const { context, request } = input;
  const { messages } = lineMessages(input);
  const now = context.controller.nowMs();
  const startDate = queryValue(request, 'StartDate');
  const endDate = queryValue(request, 'EndDate');
  const from = startDate === undefined ? now - DEFAULT_PERIOD_MS : parseGatewayDate(startDate, 'StartDate');
  const to = endDate === undefined ? now : parseGatewayDate(endDate, 'EndDate', { endOfDay: true });
  const pageSize = readWholeNumber(queryValue(request, 'PageSize'), 'PageSize', DEFAULT_PAGE_SIZE);
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw invalidInput(`PageSize must be between 1 and ${MAX_PAGE_SIZE}; got ${pageSize}`);
  const { pageBase } = context.settings.ghasedakGateway;
  const pageIndex = Math.max(pageBase, readWholeNumber(queryValue(request, 'PageIndex'), 'PageIndex', pageBase));
  const matching = messages.filter((message) => {
    const at = Date.parse(message.receivedAt);
    return at >= from && at <= to;
  });
  const offset = (pageIndex - pageBase) * pageSize;
  const page = matching.slice(offset, offset + pageSize);
  const items = page.map(receivedItem);
  for (const message of page) message.read = true;
  const totalPages = Math.ceil(matching.length / pageSize);
  return gatewaySuccess({
    pageIndex,
    pageSize,
    totalCount: matching.length,
    totalPages,
    hasPreviousPage: pageIndex > pageBase,
    hasNextPage: pageIndex - pageBase + 1 < totalPages,
    items,
  });
};
