import type { ChangeCounter } from '../store/change-counter';
import type { InboundStore } from '../store/inbound-store';
import type { MessageStore } from '../store/message-store';
import { inboundEntry, outgoingEntry } from './inbox-entry';
import type { InboxEntry } from './inbox-entry';

/** What the inbox page shows: every message, newest first, and the version of that list. */
export interface InboxState {
  version: number;
  entries: InboxEntry[];
}

export function inboxState(store: MessageStore, inbound: InboundStore, changes: ChangeCounter): InboxState {
  const outgoing = store.all().map(outgoingEntry);
  const received = inbound.all().map((message) => inboundEntry(message, inbound.ordinal(message)));
  // Newest first; inbound and outgoing interleaved by time, then by arrival.
  const entries = [...outgoing, ...received].sort(
    (left, right) => right.at.localeCompare(left.at) || right.order - left.order,
  );
  return { version: changes.value, entries };
}
