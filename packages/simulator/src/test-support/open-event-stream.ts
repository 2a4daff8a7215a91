/** One server-sent event, as a browser's EventSource would dispatch it. */
export interface ServerEvent {
  event: string;
  id?: string;
  data: string;
}

export interface EventStream {
  contentType: string;
  /** The next event, or undefined once the server has ended the stream. */
  next(): Promise<ServerEvent | undefined>;
  close(): Promise<void>;
}

function parseEvent(block: string): ServerEvent | undefined {
  const event: ServerEvent = { event: 'message', data: '' };
  const data: string[] = [];
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event.event = value;
    else if (field === 'id') event.id = value;
    else if (field === 'data') data.push(value);
  }
  // A block with no data (such as `retry: 1000`) dispatches nothing.
  if (data.length === 0) return undefined;
  event.data = data.join('\n');
  return event;
}

/** Reads a `text/event-stream` answer event by event, as the inbox page's EventSource does. */
export async function openEventStream(url: string): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  return {
    contentType: response.headers.get('content-type') ?? '',
    async next() {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end !== -1) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const event = parseEvent(block);
          if (event) return event;
          continue;
        }
        const { done, value } = await reader.read();
        if (done) return undefined;
        buffered += value;
      }
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}
