import type { ServerResponse } from 'node:http';
import type { ChangeCounter } from '../store/change-counter';
import type { InboxState } from './inbox-state';

/** The server-sent event streams of the open inbox pages (GET /inbox/events). */
export interface InboxEvents {
  /** Holds `response` open as an event stream: a `state` event now, then one after every change. */
  open(response: ServerResponse): void;
  /** Ends every stream (each would stay open for as long as its page): called when the simulator closes. */
  closeAll(): void;
}

function stateEvent(state: InboxState): string {
  // JSON has no raw line break, so the whole state fits one `data:` line.
  return `id: ${state.version}\nevent: state\ndata: ${JSON.stringify(state)}\n\n`;
}

// A state holds every message: at most a few events a second however fast messages change (a bulk send's
// deliveries, a test sending in a loop), each with the latest state.
const MINIMUM_INTERVAL_MS = 200;

export function createInboxEvents(changes: ChangeCounter, currentState: () => InboxState): InboxEvents {
  const streams = new Set<ServerResponse>();
  let pending: NodeJS.Timeout | undefined;
  let lastPushAt = Number.NEGATIVE_INFINITY;

  const push = (): void => {
    pending = undefined;
    if (streams.size === 0) return;
    lastPushAt = performance.now();
    const event = stateEvent(currentState());
    for (const stream of streams) stream.write(event);
  };
  changes.onChange(() => {
    // The changes of one request (a send to many recipients) are one event, sent on a later turn.
    if (streams.size > 0)
      pending ??= setTimeout(push, Math.max(0, lastPushAt + MINIMUM_INTERVAL_MS - performance.now()));
  });

  return {
    open(response) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
      // Reconnect after a second when the simulator restarts, rather than the browser's default of a few.
      response.write(`retry: 1000\n\n${stateEvent(currentState())}`);
      streams.add(response);
      response.on('close', () => streams.delete(response));
    },
    closeAll() {
      clearTimeout(pending);
      pending = undefined;
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
