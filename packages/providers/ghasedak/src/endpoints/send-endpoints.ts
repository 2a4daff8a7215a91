import { type CallOptions } from '@sms/core';
import { noMessageIdError } from '@sms/core/provider-utils';
import type { GhasedakSendResponse } from '../native/sms-api-types';
import { toUnixSeconds } from '../wire/ghasedak-dates';
import type { GhasedakAnswer, GhasedakTransport } from '../wire/ghasedak-transport';
import { idsAsWritten } from '../wire/ids-as-written';
import { readId } from '../wire/read-value';

// These functions take values already validated and rendered for the wire (recipients as `09…`); the
// native API and the SmsProvider methods each validate their own inputs before calling them.

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

export interface VerificationWire {
  receptors: readonly string[];
  template: string;
  params: readonly string[];
  type: 1 | 2;
  checkId?: string;
}

/** Reads `items: [2578793735, …]` into string ids. A success with no id at all (`items: []`) is `noMessageIdError`. */
export function readMessageIds(transport: GhasedakTransport, answer: GhasedakAnswer, path: string): GhasedakSendResponse {
  const items = answer.envelope.items;
  if (Array.isArray(items) && items.length === 0) throw noMessageIdError(transport.http, `v2/${path}`, { response: answer.response });
  const written = Array.isArray(items) ? idsAsWritten(answer.response.text, items) : undefined;
  if (written !== undefined) return { messageIds: written, raw: answer.envelope.body };
  const ids = Array.isArray(items) ? items.map(readId) : [];
  if (!Array.isArray(items) || ids.some((id) => id === undefined)) throw transport.unexpectedItems(answer, path, 'a list of message ids');
  return { messageIds: ids as string[], raw: answer.envelope.body };
}

export async function postSendSimple(transport: GhasedakTransport, wire: SimpleSendWire, options?: CallOptions): Promise<GhasedakSendResponse> {
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

export async function postSendPair(transport: GhasedakTransport, wire: PairSendWire, options?: CallOptions): Promise<GhasedakSendResponse> {
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

export async function postSendBulk(transport: GhasedakTransport, wire: BulkSendWire, options?: CallOptions): Promise<GhasedakSendResponse> {
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

export async function postVerification(transport: GhasedakTransport, wire: VerificationWire, options?: CallOptions): Promise<GhasedakSendResponse> {
  const path = 'verification/send/simple';
  const parameters: Record<string, string | readonly string[] | undefined> = {
    receptor: wire.receptors,
    type: String(wire.type),
    template: wire.template,
    checkid: wire.checkId,
  };
  wire.params.forEach((value, index) => {
    parameters[`param${index + 1}`] = value;
  });
  const answer = await transport.call({ method: 'POST', path, parameters }, options);
  return readMessageIds(transport, answer, path);
}
