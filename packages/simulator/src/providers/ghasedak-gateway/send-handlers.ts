import { acceptGatewayMessages, resolveLine } from './accept-gateway-messages';
import type { PlannedGatewayMessage } from './accept-gateway-messages';
import { gatewaySuccess } from './gateway-envelope';
import { invalidInput } from './gateway-failure';
import type { GatewayHandler } from './gateway-handler';
import { sentItem } from './gateway-message-item';
import { formatGatewayDate } from './gateway-dates';
import {
  asObject,
  optionalArray,
  optionalDate,
  optionalString,
  readBoolean,
  readJsonBody,
  requiredString,
} from './gateway-request';

/** `SendSingleSMS`: one text to one receptor; `lineNumber` optional (the account's first line). */
export const handleSendSingle: GatewayHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const receptor = requiredString(body, 'receptor', 'receptor');
  const message = requiredString(body, 'message', 'message');
  const sendAtMs = optionalDate(body, 'sendDate', 'sendDate');
  const clientReferenceId = optionalString(body, 'clientReferenceId', 'clientReferenceId');
  readBoolean(body.udh, 'udh');
  const [record] = acceptGatewayMessages(context, [
    {
      receptor: receptor.trim(),
      sender: resolveLine(context, optionalString(body, 'lineNumber', 'lineNumber')),
      text: message,
      ...(sendAtMs !== undefined ? { sendAtMs } : {}),
      ...(clientReferenceId !== undefined ? { clientReferenceId } : {}),
    },
  ]);
  return gatewaySuccess(record ? sentItem(record) : null);
};

/** `SendBulkSMS`: one text from one line to a JSON array of receptors, one reference id for the whole batch. */
export const handleSendBulk: GatewayHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const receptors = optionalArray(body, 'receptors', 'receptors') ?? [];
  if (receptors.some((receptor) => typeof receptor !== 'string' || receptor.trim() === ''))
    throw invalidInput('receptors must be an array of mobile numbers (strings)');
  const message = requiredString(body, 'message', 'message');
  const sendAtMs = optionalDate(body, 'sendDate', 'sendDate');
  const clientReferenceId = optionalString(body, 'clientReferenceId', 'clientReferenceId');
  const voice = readBoolean(body.isvoice, 'isVoice') ?? false;
  readBoolean(body.udh, 'udh');
  const sender = resolveLine(context, optionalString(body, 'lineNumber', 'lineNumber'));
  const records = acceptGatewayMessages(
    context,
    (receptors as string[]).map((receptor) => ({
      receptor: receptor.trim(),
      sender,
      text: message,
      ...(sendAtMs !== undefined ? { sendAtMs } : {}),
      ...(clientReferenceId !== undefined ? { clientReferenceId } : {}),
      ...(voice ? { voice } : {}),
    })),
  );
  const [first] = records;
  return gatewaySuccess({
    // The docs draft's example suggests the cost of the whole batch.
    cost: records.reduce((sum, record) => sum + record.cost, 0),
    lineNumber: sender,
    clientReferenceId: clientReferenceId ?? null,
    receptors: records.map((record) => ({ receptor: record.message.recipient, messageId: record.message.id })),
    message,
    sendDate: first ? formatGatewayDate(Date.parse(first.message.sendAt ?? first.message.createdAt)) : null,
  });
};

/** `SendPairToPairSMS`: `items[]`, each with its own line, receptor, text, reference and time. */
export const handleSendPairToPair: GatewayHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const items = optionalArray(body, 'items', 'items') ?? [];
  readBoolean(body.udh, 'udh');
  const planned = items.map((value, index): PlannedGatewayMessage => {
    const item = asObject(value, `items[${index}]`);
    const sendAtMs = optionalDate(item, 'sendDate', `items[${index}].sendDate`);
    const clientReferenceId = optionalString(item, 'clientReferenceId', `items[${index}].clientReferenceId`);
    return {
      sender: requiredString(item, 'lineNumber', `items[${index}].lineNumber`).trim(),
      receptor: requiredString(item, 'receptor', `items[${index}].receptor`).trim(),
      text: requiredString(item, 'message', `items[${index}].message`),
      ...(sendAtMs !== undefined ? { sendAtMs } : {}),
      ...(clientReferenceId !== undefined ? { clientReferenceId } : {}),
    };
  });
  return gatewaySuccess({ items: acceptGatewayMessages(context, planned).map(sentItem) });
};
