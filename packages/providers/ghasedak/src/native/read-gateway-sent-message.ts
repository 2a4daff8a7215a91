import { readId, readInteger, readString } from '@sms/core/provider-utils';
import { lowerCaseKeys } from './gateway-fields';
import type { GhasedakGatewaySentMessage } from './gateway-sms-api-types';
import { assignGatewayMessageDetails } from './assign-gateway-message-details';

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
  const messageBody = readString(fields, 'messagebody');
  if (cost !== undefined) sent.cost = cost;
  assignGatewayMessageDetails(sent, fields);
  if (messageBody !== undefined) sent.messageBody = messageBody;
  return sent;
}
