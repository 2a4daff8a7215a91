import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InboxHandler } from '../server/create-simulator-server';
import { jsonResponse } from '../server/json-response';
import type { ProviderResponse } from '../server/provider-api';
import { writeResponse } from '../server/write-response';
import type { ChangeCounter } from '../store/change-counter';
import type { MessageStore } from '../store/message-store';
import type { StoredMessage } from '../store/stored-message';
import INBOX_STYLE from './assets/inbox.css?raw';
import INBOX_PAGE from './assets/inbox.html?raw';
import INBOX_SCRIPT from './assets/inbox.js?raw';
import type { InboxEvents } from './create-inbox-events';
import { outgoingEntry } from './inbox-entry';
import type { InboxState } from './inbox-state';

export interface InboxActions {
  deliver(record: StoredMessage): void;
  fail(record: StoredMessage): void;
  answer(record: StoredMessage, text: string): void;
}

interface InboxDependencies {
  store: MessageStore;
  changes: ChangeCounter;
  state: () => InboxState;
  events: InboxEvents;
  actions: InboxActions;
}

const asset = (contentType: string, body: string): ProviderResponse => ({ status: 200, contentType, body });

function readText(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { text?: unknown };
    return typeof parsed.text === 'string' && parsed.text.trim() !== '' ? parsed.text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the inbox page (GET /), its assets, its state (GET /inbox/api/state, and pushed to the page over the
 * server-sent events of GET /inbox/events), and its deliver / fail / answer buttons.
 */
export function createInboxHandler({ store, changes, state, events, actions }: InboxDependencies): InboxHandler {
  const route = (request: IncomingMessage, url: URL, body: string): ProviderResponse => {
    const method = request.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/') return asset('text/html; charset=utf-8', INBOX_PAGE);
    if (method === 'GET' && url.pathname === '/inbox/inbox.js')
      return asset('text/javascript; charset=utf-8', INBOX_SCRIPT);
    if (method === 'GET' && url.pathname === '/inbox/inbox.css') return asset('text/css; charset=utf-8', INBOX_STYLE);
    if (method === 'GET' && url.pathname === '/inbox/api/state') {
      // A caller that already shows this version gets the version alone: nothing rebuilt or sent.
      if (url.searchParams.get('since') === String(changes.value)) return jsonResponse(200, { version: changes.value });
      return jsonResponse(200, state());
    }
    const action = /^\/inbox\/api\/messages\/out-(\d+)\/(deliver|fail|answer)$/.exec(url.pathname);
    if (method === 'POST' && action) {
      const record = store.byKey(Number(action[1]));
      if (!record) return jsonResponse(404, { error: 'No such message.' });
      try {
        if (action[2] === 'deliver') actions.deliver(record);
        else if (action[2] === 'fail') actions.fail(record);
        else {
          const text = readText(body);
          if (text === undefined) return jsonResponse(400, { error: 'Send { "text": "..." } with the answer.' });
          actions.answer(record, text);
        }
      } catch (error) {
        return jsonResponse(409, { error: error instanceof Error ? error.message : String(error) });
      }
      return jsonResponse(200, { ok: true, entry: outgoingEntry(record) });
    }
    return jsonResponse(404, { error: 'not-found', message: 'The inbox is at /.' });
  };

  return (request: IncomingMessage, response: ServerResponse, url: URL, body: string) => {
    if (request.method === 'GET' && url.pathname === '/inbox/events') events.open(response);
    else writeResponse(response, route(request, url, body));
  };
}
