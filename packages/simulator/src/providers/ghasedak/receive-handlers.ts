import { formatLocalDateTime } from '../../clock/zoned-time';
import type { SimulatedInboundMessage } from '../../simulated-inbound-message';
import { ghasedakBadRequest, ghasedakSuccess, ghasedakTableError } from './ghasedak-envelope';
import type { GhasedakHandler, GhasedakInput } from './ghasedak-handler';

const RECEIVE_LAST_LIMIT = 100;
const PAGE_SIZE_LIMIT = 200;

function inboundItem(message: SimulatedInboundMessage): Record<string, unknown> {
  return {
    messageid: Number(message.id),
    message: message.text,
    sender: message.from,
    linenumber: message.to,
    // The seed shows a local (Tehran) date and time without zone, e.g. "2017-10-16T12:31:1".
    receivedate: formatLocalDateTime(new Date(message.receivedAt), 'Asia/Tehran', 'T'),
  };
}

function lineAndReadFlag<const Extra extends readonly string[]>(
  { context, parameters }: GhasedakInput,
  extra: Extra,
): { line: string; read: boolean; fields: { [Key in Extra[number]]: string } } {
  const fields: Record<string, string> = parameters.require('linenumber', 'isread', ...extra);
  const isread = (fields.isread ?? '').trim();
  if (isread !== '0' && isread !== '1') throw ghasedakBadRequest(['isread is invalid']);
  const line = (fields.linenumber ?? '').trim();
  if (!context.settings.lines.ghasedak.includes(line)) throw ghasedakTableError(7);
  return { line, read: isread === '1', fields: fields as { [Key in Extra[number]]: string } };
}

/** `sms/receive/last`: up to 100 messages of a line; unread ones (`isread=0`) count as read once returned. */
export const handleReceiveLast: GhasedakHandler = (input) => {
  const { line, read } = lineAndReadFlag(input, []);
  const messages = input.context.inbound
    .all('ghasedak')
    .filter((message) => message.to === line && message.read === read)
    .slice(0, RECEIVE_LAST_LIMIT);
  const items = messages.map(inboundItem);
  if (!read) for (const message of messages) message.read = true;
  return ghasedakSuccess(items);
};

function readInteger(value: string, name: string, minimum: number, maximum = Number.MAX_SAFE_INTEGER): number {
  const trimmed = value.trim();
  const number = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || number < minimum || number > maximum) throw ghasedakBadRequest([`${name} is invalid`]);
  return number;
}

/** `sms/receive/paging`: a line's messages received between fromdate and todate (Unix seconds), 0-based pages. */
export const handleReceivePaging: GhasedakHandler = (input) => {
  const { line, read, fields } = lineAndReadFlag(input, ['fromdate', 'todate', 'page', 'offset']);
  const from = readInteger(fields.fromdate, 'fromdate', 0) * 1000;
  const to = readInteger(fields.todate, 'todate', 0) * 1000;
  const page = readInteger(fields.page, 'page', 0);
  const size = readInteger(fields.offset, 'offset', 1, PAGE_SIZE_LIMIT);
  const matching = input.context.inbound.all('ghasedak').filter((message) => {
    const at = Date.parse(message.receivedAt);
    return message.to === line && message.read === read && at >= from && at <= to + 999;
  });
  return ghasedakSuccess(matching.slice(page * size, page * size + size).map(inboundItem), {
    totalcount: matching.length,
  });
};
