import { SmsError, type CallOptions } from '@sms/core';
import { readField, readId, readInteger, readString } from '@sms/core/provider-utils';
import type { GhasedakGatewayAnswer, GhasedakGatewayTransport } from '../ghasedak-gateway-transport';
import type { GhasedakGatewayContext } from './gateway-context';
import { toGatewayDate } from './gateway-dates';
import { lowerCaseKeys } from './gateway-fields';
import type {
  GhasedakGatewayInboundApi,
  GhasedakGatewayReceivedMessage,
  GhasedakGatewayReceivedPage,
} from './gateway-inbound-api-types';
import { parseGhasedakDate } from './ghasedak-dates';
import { assertDate, assertInteger, assertLineNumber } from './ghasedak-inputs';

/** `GetReceivedSmsesPaging` returns at most 200 messages a page. */
export const GHASEDAK_GATEWAY_MAX_PAGE_SIZE = 200;

export interface GatewayLatestWire {
  lineNumber: string;
  isRead?: boolean | undefined;
}

export interface GatewayPagedWire extends GatewayLatestWire {
  startDate?: Date | undefined;
  endDate?: Date | undefined;
  /** 1 for the first page. */
  pageIndex: number;
  pageSize: number;
}

function booleanOrUndefined(value: boolean | undefined): string | undefined {
  // `true`/`false`: an SDK that sent 1/0 had to change to these.
  return value === undefined ? undefined : String(value);
}

function readReceived(item: unknown): GhasedakGatewayReceivedMessage | undefined {
  const fields = lowerCaseKeys(item);
  const id = readId(fields, 'id');
  if (fields === undefined || id === undefined) return undefined;
  const received: GhasedakGatewayReceivedMessage = {
    id,
    message: readString(fields, 'message') ?? '',
    sender: readString(fields, 'sender') ?? '',
    raw: item,
  };
  const lineNumber = readString(fields, 'linenumber');
  const receiveDate = parseGhasedakDate(fields.receivedate);
  if (lineNumber !== undefined) received.lineNumber = lineNumber;
  if (receiveDate !== undefined) received.receiveDate = receiveDate;
  return received;
}

function readReceivedItems(
  transport: GhasedakGatewayTransport,
  answer: GhasedakGatewayAnswer,
  path: string,
): GhasedakGatewayReceivedMessage[] {
  const items = readField(lowerCaseKeys(answer.envelope.data), 'items') ?? [];
  if (!Array.isArray(items)) throw transport.unexpectedData(answer, path, 'an object with a list of items');
  return items.map(readReceived).filter((message) => message !== undefined);
}

export async function getReceivedSmses(
  transport: GhasedakGatewayTransport,
  wire: GatewayLatestWire,
  options?: CallOptions,
): Promise<GhasedakGatewayReceivedMessage[]> {
  const path = 'GetReceivedSmses';
  const answer = await transport.call(
    { method: 'GET', path, query: { LineNumber: wire.lineNumber, IsRead: booleanOrUndefined(wire.isRead) } },
    options,
  );
  return readReceivedItems(transport, answer, path);
}

export async function getReceivedSmsesPaging(
  transport: GhasedakGatewayTransport,
  wire: GatewayPagedWire,
  options?: CallOptions,
): Promise<GhasedakGatewayReceivedPage> {
  const path = 'GetReceivedSmsesPaging';
  const answer = await transport.call(
    {
      method: 'GET',
      path,
      query: {
        LineNumber: wire.lineNumber,
        IsRead: booleanOrUndefined(wire.isRead),
        StartDate: wire.startDate === undefined ? undefined : toGatewayDate(wire.startDate),
        EndDate: wire.endDate === undefined ? undefined : toGatewayDate(wire.endDate),
        PageIndex: String(wire.pageIndex),
        PageSize: String(wire.pageSize),
      },
    },
    options,
  );
  const data = lowerCaseKeys(answer.envelope.data);
  const page: GhasedakGatewayReceivedPage = {
    items: readReceivedItems(transport, answer, path),
    raw: answer.envelope.body,
  };
  const pageIndex = readInteger(data, 'pageindex');
  const pageSize = readInteger(data, 'pagesize');
  const totalCount = readInteger(data, 'totalcount');
  const totalPages = readInteger(data, 'totalpages');
  if (pageIndex !== undefined) page.pageIndex = pageIndex;
  if (pageSize !== undefined) page.pageSize = pageSize;
  if (totalCount !== undefined) page.totalCount = totalCount;
  if (totalPages !== undefined) page.totalPages = totalPages;
  if (typeof data?.haspreviouspage === 'boolean') page.hasPreviousPage = data.haspreviouspage;
  if (typeof data?.hasnextpage === 'boolean') page.hasNextPage = data.hasnextpage;
  return page;
}

function optionalRead(value: unknown, provider: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new SmsError(`isRead for ${provider} must be true or false; got ${JSON.stringify(value)}.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}

function missingReceivingLine(provider: string, where: string): SmsError {
  return new SmsError(
    `${where} on ${provider} needs your receiving line: pass it, or set the lineNumber setting of createGhasedak().`,
    { code: 'INVALID_INPUT', provider },
  );
}

export function createGatewayInboundApi(context: GhasedakGatewayContext): GhasedakGatewayInboundApi {
  const { transport, provider } = context;
  const lineOf = (lineNumber: unknown): string => {
    const line = lineNumber === undefined ? context.lineNumber : assertLineNumber(lineNumber, provider);
    if (line === undefined) throw missingReceivingLine(provider, 'Reading received messages');
    return line;
  };
  return {
    async latest(query = {}, options) {
      return getReceivedSmses(
        transport,
        { lineNumber: lineOf(query.lineNumber), isRead: optionalRead(query.isRead, provider) },
        options,
      );
    },

    async paged(query = {}, options) {
      const startDate = query.startDate === undefined ? undefined : assertDate(query.startDate, provider, 'startDate');
      const endDate = query.endDate === undefined ? undefined : assertDate(query.endDate, provider, 'endDate');
      if (startDate !== undefined && endDate !== undefined && startDate.getTime() > endDate.getTime()) {
        throw new SmsError(`startDate for ${provider} is after endDate: give a range that runs forward in time.`, {
          code: 'INVALID_INPUT',
          provider,
        });
      }
      return getReceivedSmsesPaging(
        transport,
        {
          lineNumber: lineOf(query.lineNumber),
          isRead: optionalRead(query.isRead, provider),
          startDate,
          endDate,
          pageIndex: assertInteger(query.pageIndex ?? 1, provider, 'pageIndex', 0),
          pageSize: assertInteger(
            query.pageSize ?? GHASEDAK_GATEWAY_MAX_PAGE_SIZE,
            provider,
            'pageSize',
            1,
            GHASEDAK_GATEWAY_MAX_PAGE_SIZE,
          ),
        },
        options,
      );
    },
  };
}
