import { readId, readInteger, readString } from '@sms/core/provider-utils';
import { lowerCaseKeys } from './gateway-fields';
import type { GhasedakGatewaySentMessage } from './gateway-sms-api-types';
import { parseGhasedakDate } from './ghasedak-dates';

/** Reads one sent message (`receptor`, `messageId`, `cost`…) from a gateway answer, or `undefined` when it has no id. */
export function readGatewaySentMessage(
  item: unknown,
): (GhasedakGatewaySentMessage & { messageBody?: string }) | undefined {
  const fields = lowerCaseKeys(item);
  const messageId = readId(fields, 'messageid');
  const receptor = readString(fields, 'receptor');
  if (fields === undefined || messageId === undefined || receptor === undefined) return undefined;
  const sent: GhasedakGatewaySentMessage & { messageBody?: string } = { receptor, messageId, raw: item };
  const cost = readInteger(fields, 'cost');
  const lineNumber = readString(fields, 'linenumber');
  const clientReferenceId = readString(fields, 'clientreferenceid');
  const message = readString(fields, 'message');
  const messageBody = readString(fields, 'messagebody');
  const sendDate = parseGhasedakDate(fields.senddate);
  if (cost !== undefined) sent.cost = cost;
  if (lineNumber !== undefined) sent.lineNumber = lineNumber;
  if (clientReferenceId !== undefined) sent.clientReferenceId = clientReferenceId;
  if (message !== undefined) sent.message = message;
  if (messageBody !== undefined) sent.messageBody = messageBody;
  if (sendDate !== undefined) sent.sendDate = sendDate;
  return sent;
}
