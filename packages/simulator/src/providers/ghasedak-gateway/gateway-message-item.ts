import type { StoredMessage } from '../../store/stored-message';
import { formatGatewayDate } from './gateway-dates';
import { gatewaySendStatus } from './gateway-send-status';

const sendDateOf = (record: StoredMessage): string =>
  formatGatewayDate(Date.parse(record.message.sendAt ?? record.message.createdAt));

/** A sent message as `SendSingleSMS` and `SendPairToPairSMS` answer it. */
export function sentItem(record: StoredMessage): Record<string, unknown> {
  return {
    receptor: record.message.recipient,
    lineNumber: record.message.sender ?? '',
    cost: record.cost,
    messageId: record.message.id,
    clientReferenceId: record.message.reference ?? null,
    message: record.message.text,
    sendDate: sendDateOf(record),
  };
}

/** A template message as `SendOtpSMS` and `SendOtpWithParams` answer it. */
export function otpItem(record: StoredMessage): Record<string, unknown> {
  return {
    receptor: record.message.recipient,
    cost: record.cost,
    messageId: record.message.id,
    clientReferenceId: record.message.reference ?? null,
    sendDate: sendDateOf(record),
    messageBody: record.message.text,
  };
}

/** A message as `CheckSmsStatus` shows it, with the gateway's status code. */
export function statusItem(record: StoredMessage): Record<string, unknown> {
  return {
    messageId: record.message.id,
    clientReferenceId: record.message.reference ?? null,
    message: record.message.text,
    lineNumber: record.message.sender ?? '',
    receptor: record.message.recipient,
    status: gatewaySendStatus(record),
    price: record.cost,
    sendDate: sendDateOf(record),
  };
}
