import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookSender } from './create-webhook-sender';

const AT = new Date('2030-01-01T08:00:00Z');
const servers: Server[] = [];

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

async function listen(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createWebhookSender', () => {
  it('POSTs the payload as JSON once and records the status, without following a redirect', async () => {
    const seen: { method?: string; url?: string; type?: string; agent?: string; body: string }[] = [];
    const url = await listen((request, response) => {
      let body = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        seen.push({
          method: request.method,
          url: request.url,
          type: request.headers['content-type'],
          agent: request.headers['user-agent'],
          body,
        });
        if (request.url === '/moved') response.writeHead(302, { location: '/elsewhere' }).end();
        else response.writeHead(500).end('broken');
      });
    });
    const sender = createWebhookSender();

    sender.post(`${url}/dlr`, { messageId: 7, text: 'سلام' }, AT);
    sender.post(`${url}/moved`, { messageId: 8 }, AT);
    await sender.settle();

    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/dlr',
        type: 'application/json',
        agent: 'sms-simulator',
        body: '{"messageId":7,"text":"سلام"}',
      },
      { method: 'POST', url: '/moved', type: 'application/json', agent: 'sms-simulator', body: '{"messageId":8}' },
    ]);
    expect(sender.calls()).toEqual([
      { url: `${url}/dlr`, payload: { messageId: 7, text: 'سلام' }, at: AT.toISOString(), status: 500 },
      { url: `${url}/moved`, payload: { messageId: 8 }, at: AT.toISOString(), status: 302 },
    ]);
  });

  it('records a receiver that never answers as timed out, and one that is down by its network error', async () => {
    const silent = await listen(() => {
      // Never answers.
    });
    const down = await listen(() => undefined);
    await closeServer(servers.pop()!);
    const sender = createWebhookSender(50);

    sender.post(`${silent}/dlr`, { messageId: 1 }, AT);
    sender.post(`${down}/dlr`, { messageId: 2 }, AT);
    sender.post('ftp://example.com/dlr', { messageId: 3 }, AT);
    await sender.settle();

    expect(sender.calls().map((call) => [call.status, call.error])).toEqual([
      [undefined, 'timed out after 50 ms'],
      [undefined, expect.stringContaining('ECONNREFUSED')],
      [undefined, 'only http and https URLs are called'],
    ]);
  });
});
