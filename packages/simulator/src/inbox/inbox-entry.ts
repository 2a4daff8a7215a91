import type { SimulatedInboundMessage } from '../simulated-inbound-message';
import type { StoredMessage } from '../store/stored-message';
import { analyzeText } from '../text/analyze-text';

/** A row of the inbox page: an outgoing message or an inbound one. */
export interface InboxEntry {
  key: string;
  direction: 'out' | 'in';
  provider: string;
  /** Ghasedak's outgoing messages: the API they came through, `v2` or `gateway`; null for the rest. */
  api: string | null;
  id: string;
  sender: string;
  recipient: string;
  text: string;
  encoding: string;
  segments: number;
  sendAt: string | null;
  status: string;
  at: string;
  order: number;
}

export function outgoingEntry(record: StoredMessage): InboxEntry {
  const { message } = record;
  return {
    key: `out-${record.key}`,
    direction: 'out',
    provider: message.provider,
    api: message.api ?? null,
    id: message.id,
    sender: message.sender ?? '',
    recipient: message.recipient,
    text: message.text,
    encoding: message.encoding,
    segments: message.segments,
    sendAt: message.sendAt ?? null,
    status: message.status,
    at: message.createdAt,
    order: record.ordinal,
  };
}

export function inboundEntry(message: SimulatedInboundMessage, order: number): InboxEntry {
  const analysis = analyzeText(message.text);
  return {
    key: `in-${message.provider}-${message.id}`,
    direction: 'in',
    provider: message.provider,
    // Received by the account, whichever API later reads it.
    api: null,
    id: message.id,
    sender: message.from,
    recipient: message.to,
    text: message.text,
    encoding: analysis.encoding,
    segments: analysis.segments,
    sendAt: null,
    status: 'received',
    at: message.receivedAt,
    order,
  };
}
