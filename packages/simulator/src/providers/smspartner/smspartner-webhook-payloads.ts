import type { SimulatedInboundMessage } from '../../simulated-inbound-message';
import type { StoredMessage } from '../../store/stored-message';
import { toInternational } from './smspartner-numbers';
import { SMSPARTNER_STATUS_CODE, SMSPARTNER_STATUS_TEXT } from './smspartner-status-text';

/**
 * The delivery receipt POSTed to `urlDlr`. SMS Partner does not publish this payload; the simulator's
 * choice is modelled on the status endpoints: `{ messageId, phoneNumber, status, statusCode, date, tag? }`.
 */
export function deliveryReceiptPayload(record: StoredMessage, at: Date): Record<string, unknown> {
  const { message } = record;
  return {
    messageId: Number(message.id),
    phoneNumber: toInternational(message.recipient) ?? message.recipient,
    status: SMSPARTNER_STATUS_TEXT[message.status],
    statusCode: SMSPARTNER_STATUS_CODE[message.status],
    date: String(Math.floor(at.getTime() / 1000)),
    ...(message.reference !== undefined ? { tag: message.reference } : {}),
  };
}

export const isStopReply = (text: string): boolean => /^\s*stop\s*$/i.test(text);

/** A reply to the short number, as the docs' webhook page shows it (`type: "stop"` for STOP). */
export function replyPayload(message: SimulatedInboundMessage, answered: StoredMessage): Record<string, unknown> {
  return {
    type: isStopReply(message.text) ? 'stop' : 'response',
    phone_number: toInternational(message.from) ?? message.from,
    text: message.text,
    message_id: Number(answered.message.id),
  };
}
