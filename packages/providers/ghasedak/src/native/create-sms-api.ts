import { SmsError } from '@sms/core';
import { assertText } from '@sms/core/provider-utils';
import { postSendBulk, postSendPair, postSendSimple } from '../endpoints/send-endpoints';
import { postCancel, postReceiveLast, postReceivePaging, postStatus } from '../endpoints/message-endpoints';
import { toGhasedakRecipients } from '../validation/ghasedak-recipients';
import {
  assertDate,
  assertInteger,
  assertLineNumber,
  assertListSize,
  assertListValue,
  assertSendDate,
} from '../validation/ghasedak-inputs';
import type { GhasedakContext } from './ghasedak-context';
import type { GhasedakSmsApi } from './sms-api-types';

const MAX_RECEIVE_PAGE_SIZE = 200;

/** Every item of a bulk request has the field, or none has: the server lines the lists up by position. */
function allOrNone<Value>(values: readonly (Value | undefined)[], provider: string, name: string): Value[] | undefined {
  const given = values.filter((value) => value !== undefined);
  if (given.length === 0) return undefined;
  if (given.length !== values.length) {
    throw new SmsError(`${name} must be set on every message of an ${provider} bulk request or on none. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
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
      if (typeof sms.receptor !== 'string') throw new SmsError(`receptor for ${provider} must be one phone number. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
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
      const texts = messages.map((message, index) => assertListValue(message.message, provider, `messages[${index}].message`));
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
        messages.map((message) => (message.sendDate === undefined ? undefined : assertSendDate(message.sendDate, provider))),
        provider,
        'sendDate',
      );
      const checkIds = allOrNone(
        messages.map((message, index) => (message.checkId === undefined ? undefined : assertListValue(message.checkId, provider, `messages[${index}].checkId`))),
        provider,
        'checkId',
      );
      return postSendBulk(
        transport,
        { messages: texts, receptors, lineNumbers, ...(sendDates === undefined ? {} : { sendDates }), ...(checkIds === undefined ? {} : { checkIds }) },
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
          throw new SmsError(`checkIds for ${provider} must have one id per receptor (${receptors.length}). Nothing was sent.`, { code: 'INVALID_INPUT', provider });
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
      return postStatus(transport, { ids: ids.map((id, index) => assertListValue(id, provider, `${name}[${index}]`)), type: byCheckId ? 2 : 1 }, options);
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
        throw new SmsError(`fromDate for ${provider} is after toDate: give a range that runs forward in time.`, { code: 'INVALID_INPUT', provider });
      }
      return postReceivePaging(
        transport,
        {
          lineNumber,
          read: query.read === true,
          fromDate,
          toDate,
          page: assertInteger(query.page ?? 0, provider, 'page', 0),
          pageSize: assertInteger(query.pageSize ?? MAX_RECEIVE_PAGE_SIZE, provider, 'pageSize', 1, MAX_RECEIVE_PAGE_SIZE),
        },
        options,
      );
    },
  };
}

function missingLine(provider: string): SmsError {
  return new SmsError(`Receiving messages from ${provider} needs your receiving line: pass lineNumber, or set the lineNumber setting of createGhasedak().`, {
    code: 'INVALID_INPUT',
    provider,
  });
}
