import { readString } from '@sms/core/provider-utils';
import { parseGhasedakDate } from './ghasedak-dates';

/** The details the gateway gives of a sent message, in its send and its status answers alike. */
export interface GhasedakGatewayMessageDetails {
  lineNumber?: string;
  clientReferenceId?: string;
  message?: string;
  sendDate?: Date;
}

/**
 * Copies the details a gateway record has onto `target`, leaving out those it lacks. `fields` has its keys
 * lower-cased (`lowerCaseKeys`).
 */
export function assignGatewayMessageDetails(
  target: GhasedakGatewayMessageDetails,
  fields: Record<string, unknown>,
): void {
  const lineNumber = readString(fields, 'linenumber');
  const clientReferenceId = readString(fields, 'clientreferenceid');
  const message = readString(fields, 'message');
  const sendDate = parseGhasedakDate(fields.senddate);
  if (lineNumber !== undefined) target.lineNumber = lineNumber;
  if (clientReferenceId !== undefined) target.clientReferenceId = clientReferenceId;
  if (message !== undefined) target.message = message;
  if (sendDate !== undefined) target.sendDate = sendDate;
}
