import type { ChangeCounter } from '../store/change-counter';
import type { InboundStore } from '../store/inbound-store';
import type { MessageStore } from '../store/message-store';
import { inboundEntry, outgoingEntry } from './inbox-entry';
import type { InboxEntry } from './inbox-entry';

/**
 * The most entries a state carries. The state is pushed to every open page after changes, several times a
 * second: with every message of a 100,000-recipient campaign in it, each push would be tens of megabytes,
 * built and parsed again and again, and the page would stop keeping up. 5,000 (about 1.5 MB a push) still holds
 * the demo tour's 3,000-message batch and every message sent before it.
 */
export const INBOX_ENTRY_LIMIT = 5_000;

/** What the inbox page shows: the latest messages, newest first, how many there are in all, and the version. */
export interface InboxState {
  version: number;
  /** The newest `INBOX_ENTRY_LIMIT` messages at most (outgoing and inbound together). */
  entries: InboxEntry[];
  /** Every message the simulator holds, outgoing and inbound, shown or not. */
  total: number;
}

export function inboxState(store: MessageStore, inbound: InboundStore, changes: ChangeCounter): InboxState {
  const allOutgoing = store.all();
  const allReceived = inbound.all();
  // Both stores keep arrival order, so the newest of each are at their ends: only those are turned into entries.
  const outgoing = allOutgoing.slice(-INBOX_ENTRY_LIMIT).map(outgoingEntry);
  const received = allReceived
    .slice(-INBOX_ENTRY_LIMIT)
    .map((message) => inboundEntry(message, inbound.ordinal(message)));
  // Newest first; inbound and outgoing interleaved by time, then by arrival.
  const entries = [...outgoing, ...received]
    .sort((left, right) => right.at.localeCompare(left.at) || right.order - left.order)
    .slice(0, INBOX_ENTRY_LIMIT);
  return { version: changes.value, entries, total: allOutgoing.length + allReceived.length };
}
