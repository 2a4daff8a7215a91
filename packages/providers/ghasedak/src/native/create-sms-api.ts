import { SmsError, type CallOptions } from '@sms/core';
import { assertText, readField, readId, readNumber, readRecord, readString } from '@sms/core/provider-utils';
import type { GhasedakAnswer, GhasedakTransport } from '../ghasedak-transport';
import type { GhasedakContext } from './ghasedak-context';
import { parseGhasedakDate, toUnixSeconds } from './ghasedak-dates';
import {
  assertDate,
  assertInteger,
  assertLineNumber,
  assertListSize,
  assertListValue,
  assertSendDate,
} from './ghasedak-inputs';
import { toGhasedakRecipients } from './ghasedak-recipients';
import { readMessageIds } from './read-message-ids';
import { assignMessageDetails } from './read-message-details';
import type {
  GhasedakCancelResponse,
  GhasedakMessageStatus,
  GhasedakReceivedMessage,
  GhasedakReceivedPage,
  GhasedakSendResponse,
  GhasedakSmsApi,
} from './sms-api-types';

/** `sms/receive/paging` returns at most 200 messages a page (its `offset`). */
export const GHASEDAK_MAX_RECEIVE_PAGE_SIZE = 200;

// The post* functions take values already validated and rendered for the wire (recipients as `09…`):
// `createSmsApi` below validates the native API's inputs, and the SmsProvider methods (unified/) validate
// their own before calling them.

export interface SimpleSendWire {
  message: string;
  receptor: string;
  lineNumber?: string;
  sendDate?: Date;
  checkId?: string;
}

export interface PairSendWire {
  message: string;
  receptors: readonly string[];
  lineNumber?: string;
  sendDate?: Date;
  checkIds?: readonly string[];
}

export interface BulkSendWire {
  messages: readonly string[];
  receptors: readonly string[];
  lineNumbers: readonly string[];
  sendDates?: readonly Date[];
  checkIds?: readonly string[];
}

export async function postSendSimple(
  transport: GhasedakTransport,
  wire: SimpleSendWire,
  options?: CallOptions,
): Promise<GhasedakSendResponse> {
  const path = 'sms/send/simple';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      parameters: {
        message: wire.message,
        receptor: wire.receptor,
        linenumber: wire.lineNumber,
        senddate: wire.sendDate === undefined ? undefined : toUnixSeconds(wire.sendDate),
        checkid: wire.checkId,
      },
    },
    options,
  );
  return readMessageIds(transport, answer, path);
}

export async function postSendPair(
  transport: GhasedakTransport,
  wire: PairSendWire,
  options?: CallOptions,
): Promise<GhasedakSendResponse> {
  const path = 'sms/send/pair';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      parameters: {
        message: wire.message,
        receptor: wire.receptors,
        linenumber: wire.lineNumber,
        senddate: wire.sendDate === undefined ? undefined : toUnixSeconds(wire.sendDate),
        checkid: wire.checkIds,
      },
    },
    options,
  );
  return readMessageIds(transport, answer, path);
}

export async function postSendBulk(
  transport: GhasedakTransport,
  wire: BulkSendWire,
  options?: CallOptions,
): Promise<GhasedakSendResponse> {
  const path = 'sms/send/bulk';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      parameters: {
        message: wire.messages,
        receptor: wire.receptors,
        linenumber: wire.lineNumbers,
        senddate: wire.sendDates?.map(toUnixSeconds),
        checkid: wire.checkIds,
      },
    },
    options,
  );
  return readMessageIds(transport, answer, path);
}

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
  const messageId = readId(record, 'messageid', 'messageId');
  if (record === undefined || messageId === undefined) return undefined;
  const status: GhasedakMessageStatus = { messageId, status: readNumber(record, 'status'), raw: item };
  assignMessageDetails(status, record);
  return status;
}

export async function postStatus(
  transport: GhasedakTransport,
  wire: StatusWire,
  options?: CallOptions,
): Promise<GhasedakMessageStatus[]> {
  const path = 'sms/status';
  const answer = await transport.call(
    { method: 'POST', path, parameters: { id: wire.ids, type: String(wire.type) } },
    options,
  );
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of statuses');
  return items.map(readStatus).filter((status) => status !== undefined);
}

export async function postCancel(
  transport: GhasedakTransport,
  ids: readonly string[],
  options?: CallOptions,
): Promise<GhasedakCancelResponse> {
  const path = 'sms/cancel';
  const answer = await transport.call({ method: 'POST', path, parameters: { messageid: ids } }, options);
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of message ids');
  return {
    messageIds: items.map((item) => readId(readField(item, 'messageid') ?? item)).filter((id) => id !== undefined),
    raw: answer.envelope.body,
  };
}

function readReceived(item: unknown): GhasedakReceivedMessage | undefined {
  const record = readRecord(item);
  if (record === undefined) return undefined;
  const messageId = readId(record, 'messageid', 'messageId');
  if (messageId === undefined) return undefined;
  const received: GhasedakReceivedMessage = {
    messageId,
    message: readString(record, 'message') ?? '',
    sender: readString(record, 'sender') ?? '',
    raw: item,
  };
  const lineNumber = readString(record, 'linenumber', 'lineNumber');
  const receivedAt = parseGhasedakDate(readField(record, 'receivedate', 'receiveDate'));
  if (lineNumber !== undefined) received.lineNumber = lineNumber;
  if (receivedAt !== undefined) received.receivedAt = receivedAt;
  return received;
}

function readReceivedList(
  transport: GhasedakTransport,
  answer: GhasedakAnswer,
  path: string,
): GhasedakReceivedMessage[] {
  const items = answer.envelope.items ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedItems(answer, path, 'a list of received messages');
  return items.map(readReceived).filter((message) => message !== undefined);
}

export async function postReceiveLast(
  transport: GhasedakTransport,
  wire: ReceiveWire,
  options?: CallOptions,
): Promise<GhasedakReceivedMessage[]> {
  const path = 'sms/receive/last';
  const answer = await transport.call(
    { method: 'POST', path, parameters: { linenumber: wire.lineNumber, isread: wire.read ? '1' : '0' } },
    options,
  );
  return readReceivedList(transport, answer, path);
}

export async function postReceivePaging(
  transport: GhasedakTransport,
  wire: ReceivePagingWire,
  options?: CallOptions,
): Promise<GhasedakReceivedPage> {
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
  const totalCount = readNumber(answer.envelope.body, 'totalcount', 'totalCount');
  if (totalCount !== undefined) page.totalCount = totalCount;
  return page;
}

/** Every item of a bulk request has the field, or none has: the server lines the lists up by position. */
function allOrNone<Value>(values: readonly (Value | undefined)[], provider: string, name: string): Value[] | undefined {
  const given = values.filter((value) => value !== undefined);
  if (given.length === 0) return undefined;
  if (given.length !== values.length) {
    throw new SmsError(
      `${name} must be set on every message of an ${provider} bulk request or on none. Nothing was sent.`,
      { code: 'INVALID_INPUT', provider },
    );
  }
  return given;
}

export function createSmsApi(context: GhasedakContext): GhasedakSmsApi {
  const { transport, provider } = context;
  const lineOf = (lineNumber: string | undefined, name = 'lineNumber'): string | undefined =>
    lineNumber === undefined ? context.lineNumber : assertLineNumber(lineNumber, provider, name);

  return {
    async sendSimple(sms, options) {
      assertText(sms.message, provider);
      if (typeof sms.receptor !== 'string')
        throw new SmsError(`receptor for ${provider} must be one phone number. Nothing was sent.`, {
          code: 'INVALID_INPUT',
          provider,
        });
      const [receptor] = toGhasedakRecipients(sms.receptor, provider, 'iranian-mobile').wire;
      const lineNumber = lineOf(sms.lineNumber);
      return postSendSimple(
        transport,
        {
          message: sms.message,
          receptor: receptor!,
          ...(lineNumber === undefined ? {} : { lineNumber }),
          ...(sms.sendDate === undefined ? {} : { sendDate: assertSendDate(sms.sendDate, provider) }),
          ...(sms.checkId === undefined ? {} : { checkId: assertListValue(sms.checkId, provider, 'checkId') }),
        },
        options,
      );
    },

    async sendBulk(messages, options) {
      assertListSize(messages, provider, 'messages');
      const texts = messages.map((message, index) =>
        assertListValue(message.message, provider, `messages[${index}].message`),
      );
      const receptors = toGhasedakRecipients(
        messages.map((message) => message.receptor),
        provider,
        'iranian-mobile',
      ).wire;
      const lineNumbers = messages.map((message, index) => {
        const line = lineOf(message.lineNumber, `messages[${index}].lineNumber`);
        if (line === undefined) {
          throw new SmsError(
            `sms/send/bulk needs a sender line for every message: set lineNumber on messages[${index}] or the lineNumber setting of createGhasedak(). Nothing was sent.`,
            { code: 'INVALID_SENDER', provider },
          );
        }
        return line;
      });
      const sendDates = allOrNone(
        messages.map((message) =>
          message.sendDate === undefined ? undefined : assertSendDate(message.sendDate, provider),
        ),
        provider,
        'sendDate',
      );
      const checkIds = allOrNone(
        messages.map((message, index) =>
          message.checkId === undefined
            ? undefined
            : assertListValue(message.checkId, provider, `messages[${index}].checkId`),
        ),
        provider,
        'checkId',
      );
      return postSendBulk(
        transport,
        {
          messages: texts,
          receptors,
          lineNumbers,
          ...(sendDates === undefined ? {} : { sendDates }),
          ...(checkIds === undefined ? {} : { checkIds }),
        },
        options,
      );
    },

    async sendPair(sms, options) {
      assertText(sms.message, provider);
      assertListSize(sms.receptors, provider, 'receptors');
      const receptors = toGhasedakRecipients(sms.receptors, provider, 'iranian-mobile').wire;
      const lineNumber = lineOf(sms.lineNumber);
      let checkIds: string[] | undefined;
      if (sms.checkIds !== undefined) {
        if (!Array.isArray(sms.checkIds) || sms.checkIds.length !== receptors.length) {
          throw new SmsError(
            `checkIds for ${provider} must have one id per receptor (${receptors.length}). Nothing was sent.`,
            { code: 'INVALID_INPUT', provider },
          );
        }
        checkIds = sms.checkIds.map((checkId, index) => assertListValue(checkId, provider, `checkIds[${index}]`));
      }
      return postSendPair(
        transport,
        {
          message: sms.message,
          receptors,
          ...(lineNumber === undefined ? {} : { lineNumber }),
          ...(sms.sendDate === undefined ? {} : { sendDate: assertSendDate(sms.sendDate, provider) }),
          ...(checkIds === undefined ? {} : { checkIds }),
        },
        options,
      );
    },

    async status(query, options) {
      const byCheckId = 'checkIds' in query;
      const ids = byCheckId ? query.checkIds : query.messageIds;
      const name = byCheckId ? 'checkIds' : 'messageIds';
      assertListSize(ids, provider, name);
      return postStatus(
        transport,
        { ids: ids.map((id, index) => assertListValue(id, provider, `${name}[${index}]`)), type: byCheckId ? 2 : 1 },
        options,
      );
    },

    async cancel(messageIds, options) {
      assertListSize(messageIds, provider, 'messageIds');
      return postCancel(
        transport,
        messageIds.map((id, index) => assertListValue(id, provider, `messageIds[${index}]`)),
        options,
      );
    },

    async receiveLast(query, options) {
      const lineNumber = lineOf(query.lineNumber);
      if (lineNumber === undefined) throw missingLine(provider);
      return postReceiveLast(transport, { lineNumber, read: query.read === true }, options);
    },

    async receivePaging(query, options) {
      const lineNumber = lineOf(query.lineNumber);
      if (lineNumber === undefined) throw missingLine(provider);
      const fromDate = assertDate(query.fromDate, provider, 'fromDate');
      const toDate = assertDate(query.toDate, provider, 'toDate');
      if (fromDate.getTime() > toDate.getTime()) {
        throw new SmsError(`fromDate for ${provider} is after toDate: give a range that runs forward in time.`, {
          code: 'INVALID_INPUT',
          provider,
        });
      }
      return postReceivePaging(
        transport,
        {
          lineNumber,
          read: query.read === true,
          fromDate,
          toDate,
          page: assertInteger(query.page ?? 0, provider, 'page', 0),
          pageSize: assertInteger(
            query.pageSize ?? GHASEDAK_MAX_RECEIVE_PAGE_SIZE,
            provider,
            'pageSize',
            1,
            GHASEDAK_MAX_RECEIVE_PAGE_SIZE,
          ),
        },
        options,
      );
    },
  };
}

function missingLine(provider: string): SmsError {
  return new SmsError(
    `Receiving messages from ${provider} needs your receiving line: pass lineNumber, or set the lineNumber setting of createGhasedak().`,
    {
      code: 'INVALID_INPUT',
      provider,
    },
  );
}
