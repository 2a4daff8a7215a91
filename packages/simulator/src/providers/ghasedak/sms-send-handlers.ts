import { acceptGhasedakMessages, GHASEDAK_MAX_ITEMS, parseSendDate } from './accept-ghasedak-messages';
import type { PlannedGhasedakMessage } from './accept-ghasedak-messages';
import { ghasedakSuccess, ghasedakTableError } from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';
import { splitList } from './ghasedak-parameters';

const ids = (records: { message: { id: string } }[]): number[] => records.map((record) => Number(record.message.id));

/** A list that must have one element per message, or a single one that applies to all (4 otherwise). */
function alignList(values: string[], count: number): (string | undefined)[] {
  if (values.length === 0) return Array.from({ length: count }, () => undefined);
  if (values.length === 1) return Array.from({ length: count }, () => values[0]);
  if (values.length !== count) throw ghasedakTableError(4);
  return values;
}

/** A list that must have exactly one element per message when given (checkid: one per message). */
function perMessageList(values: string[], count: number): (string | undefined)[] {
  if (values.length === 0) return Array.from({ length: count }, () => undefined);
  if (values.length !== count) throw ghasedakTableError(4);
  return values;
}

/** One text from one line to the receptors of a comma list, as `sms/send/simple` and `sms/send/pair` take it. */
function sendOneText(
  { context, parameters }: Parameters<GhasedakHandler>[0],
  maxReceptors?: number,
): ReturnType<GhasedakHandler> {
  const { message, receptor } = parameters.require('message', 'receptor');
  const sender = parameters.get('linenumber')?.trim() ?? context.settings.lines.ghasedak[0] ?? '';
  const receptors = splitList(receptor);
  if (maxReceptors !== undefined && receptors.length > maxReceptors) throw ghasedakTableError(3);
  const sendAtMs = parseSendDate(parameters.get('senddate'));
  const checkids = perMessageList(splitList(parameters.get('checkid')), receptors.length);
  const planned = receptors.map<PlannedGhasedakMessage>((number, index) => ({
    receptor: number,
    sender,
    text: message,
    ...(sendAtMs !== undefined ? { sendAtMs } : {}),
    ...(checkids[index] !== undefined ? { checkid: checkids[index] } : {}),
  }));
  return ghasedakSuccess(ids(acceptGhasedakMessages(context, planned)));
}

/** `sms/send/simple`: one text from one line; the receptor may be a comma list. */
export const handleSendSimple: GhasedakHandler = (request) => sendOneText(request);

/** `sms/send/bulk`: element i of message, receptor and linenumber make message i. */
export const handleSendBulk: GhasedakHandler = ({ context, parameters }) => {
  const fields = parameters.require('message', 'receptor', 'linenumber');
  const texts = splitList(fields.message);
  const receptors = splitList(fields.receptor);
  const lines = splitList(fields.linenumber);
  if (receptors.length > GHASEDAK_MAX_ITEMS || texts.length > GHASEDAK_MAX_ITEMS || lines.length > GHASEDAK_MAX_ITEMS)
    throw ghasedakTableError(3);
  if (texts.length !== receptors.length || lines.length !== receptors.length) throw ghasedakTableError(4);
  const sendDates = alignList(splitList(parameters.get('senddate')), receptors.length).map((value) =>
    parseSendDate(value),
  );
  const checkids = perMessageList(splitList(parameters.get('checkid')), receptors.length);
  const planned = receptors.map<PlannedGhasedakMessage>((number, index) => ({
    receptor: number,
    sender: lines[index] ?? '',
    text: texts[index] ?? '',
    ...(sendDates[index] !== undefined ? { sendAtMs: sendDates[index] } : {}),
    ...(checkids[index] !== undefined ? { checkid: checkids[index] } : {}),
  }));
  if (planned.some((entry) => entry.text === '')) throw ghasedakTableError(2);
  return ghasedakSuccess(ids(acceptGhasedakMessages(context, planned)));
};

/** `sms/send/pair` (the seed's "bulk 2"): one text from one line to at most 100 receptors. */
export const handleSendPair: GhasedakHandler = (request) => sendOneText(request, GHASEDAK_MAX_ITEMS);
