import { readNumber, readString } from '@sms/core/provider-utils';
import { parseGhasedakDate } from './ghasedak-dates';

/** The details Ghasedak gives of a sent message, in its status and its voice answers alike. */
export interface GhasedakMessageDetails {
  message?: string;
  price?: number;
  sender?: string;
  receptor?: string;
  sendDate?: Date;
}

/** Copies the details an answer's entry has onto `target`, leaving out those it lacks. */
export function assignMessageDetails(target: GhasedakMessageDetails, record: Record<string, unknown>): void {
  const message = readString(record, 'message');
  const price = readNumber(record, 'price');
  const sender = readString(record, 'sender');
  const receptor = readString(record, 'receptor');
  const sendDate = parseGhasedakDate(record.senddate);
  if (message !== undefined) target.message = message;
  if (price !== undefined) target.price = price;
  if (sender !== undefined) target.sender = sender;
  if (receptor !== undefined) target.receptor = receptor;
  if (sendDate !== undefined) target.sendDate = sendDate;
}
