import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InboxHandler } from '../server/create-simulator-server';
import { jsonResponse } from '../server/json-response';
import type { ProviderResponse } from '../server/provider-api';
import { writeResponse } from '../server/write-response';
import type { ChangeCounter } from '../store/change-counter';
import type { InboundStore } from '../store/inbound-store';
import type { MessageStore } from '../store/message-store';
import type { StoredMessage } from '../store/stored-message';
import { inboundEntry, outgoingEntry } from './inbox-entry';
import type { InboxEntry } from './inbox-entry';
import { INBOX_PAGE } from './inbox-page';
import { INBOX_SCRIPT } from './inbox-script';
import { INBOX_STYLE } from './inbox-style';

export interface InboxActions {
  deliver(record: StoredMessage): void;
  fail(record: StoredMessage): void;
  answer(record: StoredMessage, text: string): void;
}

interface InboxDependencies {
  store: MessageStore;
  inbound: InboundStore;
  changes: ChangeCounter;
  actions: InboxActions;
}

const asset = (contentType: string, body: string): ProviderResponse => ({ status: 200, contentType, body });

function entries(store: MessageStore, inbound: InboundStore): InboxEntry[] {
  const outgoing = store.all().map(outgoingEntry);
  const received = inbound.all().map((message) => inboundEntry(message, inbound.ordinal(message)));
  // Newest first; inbound and outgoing interleaved by time, then by arrival.
  return [...outgoing, ...received].sort((left, right) => right.at.localeCompare(left.at) || right.order - left.order);
}

function readText(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { text?: unknown };
    return typeof parsed.text === 'string' && parsed.text.trim() !== '' ? parsed.text : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the inbox page (GET /), its assets, its state, and its deliver / fail / answer buttons. */
export function createInboxHandler({ store, inbound, changes, actions }: InboxDependencies): InboxHandler {
  const route = (request: IncomingMessage, url: URL, body: string): ProviderResponse => {
    const method = request.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/') return asset('text/html; charset=utf-8', INBOX_PAGE);
    if (method === 'GET' && url.pathname === '/inbox/inbox.js') return asset('text/javascript; charset=utf-8', INBOX_SCRIPT);
    if (method === 'GET' && url.pathname === '/inbox/inbox.css') return asset('text/css; charset=utf-8', INBOX_STYLE);
    if (method === 'GET' && url.pathname === '/inbox/api/state') {
      // The page polls every second with the version it shows: nothing changed, nothing rebuilt or sent.
      if (url.searchParams.get('since') === String(changes.value)) return jsonResponse(200, { version: changes.value });
      return jsonResponse(200, { version: changes.value, entries: entries(store, inbound) });
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
    writeResponse(response, route(request, url, body));
  };
}
