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

export function createInboxEvents(changes: ChangeCounter, currentState: () => InboxState): InboxEvents {
  const streams = new Set<ServerResponse>();
  let pending: NodeJS.Immediate | undefined;

  // A send to many recipients changes the state once per message: the streams get one event for the batch.
  const push = (): void => {
    pending = undefined;
    if (streams.size === 0) return;
    const event = stateEvent(currentState());
    for (const stream of streams) stream.write(event);
  };
  changes.onChange(() => {
    if (streams.size > 0) pending ??= setImmediate(push);
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
      if (pending !== undefined) clearImmediate(pending);
      pending = undefined;
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
