import type { CallOptions } from '@sms/core';
import type { GhasedakCancelResponse, GhasedakMessageStatus, GhasedakReceivedMessage, GhasedakReceivedPage } from '../native/sms-api-types';
import { parseGhasedakDate, toUnixSeconds } from '../wire/ghasedak-dates';
import type { GhasedakTransport } from '../wire/ghasedak-transport';
import { readField, readId, readNumber, readRecord, readString } from '../wire/read-value';

export interface StatusWire {
  ids: readonly string[];
  /** 1: the ids are message ids; 2: they are check ids. */
  type: 1 | 2;
}

export interface ReceiveWire {
  lineNumber: string;
  read: boolean;
}

export interface ReceivePagingWire extends ReceiveWire {
  fromDate: Date;
  toDate: Date;
  page: number;
  pageSize: number;
}

function readStatus(item: unknown): GhasedakMessageStatus | undefined {
  const record = readRecord(item);
  const messageId = readId(record?.messageid ?? record?.messageId);
  if (record === undefined || messageId === undefined) return undefined;
  const status: GhasedakMessageStatus = { messageId, status: readNumber(record.status), raw: item };
  const message = readString(record.message);
  const price = readNumber(record.price);
  const sender = readString(record.sender);
  const receptor = readString(record.receptor);
  const sendDate = parseGhasedakDate(record.senddate);
  if (message !== undefined) status.message = message;
  if (price !== undefined) status.price = price;
  if (sender !== undefined) status.sender = sender;
  if (receptor !== undefined) status.receptor = receptor;
  if (sendDate !== undefined) status.sendDate = sendDate;
  return status;
}

export async function postStatus(transport: GhasedakTransport, wire: StatusWire, options?: CallOptions): Promise<GhasedakMessageStatus[]> {
  const path = 'sms/status';
  const answer = await transport.call({ method: 'POST', path, parameters: { id: wire.ids, type: String(wire.type) } }, options);
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of statuses');
  return items.map(readStatus).filter((status) => status !== undefined);
}

export async function postCancel(transport: GhasedakTransport, ids: readonly string[], options?: CallOptions): Promise<GhasedakCancelResponse> {
  const path = 'sms/cancel';
  const answer = await transport.call({ method: 'POST', path, parameters: { messageid: ids } }, options);
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of message ids');
  return { messageIds: items.map((item) => readId(readRecord(item)?.messageid ?? item)).filter((id) => id !== undefined), raw: answer.envelope.body };
}

function readReceived(item: unknown): GhasedakReceivedMessage | undefined {
  const record = readRecord(item);
  if (record === undefined) return undefined;
  const messageId = readId(readField(record, 'messageid', 'messageId'));
  if (messageId === undefined) return undefined;
  const received: GhasedakReceivedMessage = {
    messageId,
    message: readString(record.message) ?? '',
    sender: readString(record.sender) ?? '',
    raw: item,
  };
  const lineNumber = readString(readField(record, 'linenumber', 'lineNumber'));
  const receivedAt = parseGhasedakDate(readField(record, 'receivedate', 'receiveDate'));
  if (lineNumber !== undefined) received.lineNumber = lineNumber;
  if (receivedAt !== undefined) received.receivedAt = receivedAt;
  return received;
}

function readReceivedList(transport: GhasedakTransport, answer: Awaited<ReturnType<GhasedakTransport['call']>>, path: string): GhasedakReceivedMessage[] {
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of received messages');
  return items.map(readReceived).filter((message) => message !== undefined);
}

export async function postReceiveLast(transport: GhasedakTransport, wire: ReceiveWire, options?: CallOptions): Promise<GhasedakReceivedMessage[]> {
  const path = 'sms/receive/last';
  const answer = await transport.call({ method: 'POST', path, parameters: { linenumber: wire.lineNumber, isread: wire.read ? '1' : '0' } }, options);
  return readReceivedList(transport, answer, path);
}

export async function postReceivePaging(transport: GhasedakTransport, wire: ReceivePagingWire, options?: CallOptions): Promise<GhasedakReceivedPage> {
  const path = 'sms/receive/paging';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      parameters: {
        linenumber: wire.lineNumber,
        isread: wire.read ? '1' : '0',
        fromdate: toUnixSeconds(wire.fromDate),
        todate: toUnixSeconds(wire.toDate),
        page: String(wire.page),
        offset: String(wire.pageSize),
      },
    },
    options,
  );
  const page: GhasedakReceivedPage = { messages: readReceivedList(transport, answer, path), raw: answer.envelope.body };
  const totalCount = readNumber(readField(answer.envelope.body, 'totalcount', 'totalCount'));
  if (totalCount !== undefined) page.totalCount = totalCount;
  return page;
}
