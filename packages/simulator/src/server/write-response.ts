import type { ServerResponse } from 'node:http';
import type { ProviderResponse } from './provider-api';

export function writeResponse(response: ServerResponse, answer: ProviderResponse, body: string = answer.body): void {
  if (response.destroyed || response.headersSent) return;
  const payload = Buffer.from(body, 'utf8');
  response.writeHead(answer.status, {
    'Content-Type': answer.contentType,
    'Content-Length': String(payload.length),
    'Cache-Control': 'no-store',
    ...answer.headers,
  });
  response.end(payload);
}
