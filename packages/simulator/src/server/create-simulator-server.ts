import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FaultRegistry } from '../faults/fault-registry';
import type { RateLimiter } from '../rate-limits/create-rate-limiter';
import type { ApiName } from '../api-name';
import { API_NAMES } from '../api-name';
import { AnswerError } from './answer-error';
import { badGatewayPage } from './bad-gateway-page';
import { jsonResponse } from './json-response';
import type { ProviderApi, ProviderRequest, ProviderResponse } from './provider-api';
import { readBody } from './read-body';
import { writeResponse } from './write-response';

export type InboxHandler = (request: IncomingMessage, response: ServerResponse, url: URL, body: string) => void;

interface ServerDependencies {
  providers: Record<ApiName, ProviderApi>;
  faults: FaultRegistry;
  rateLimiter: RateLimiter;
  inbox: InboxHandler;
}

export interface SimulatorServer {
  server: Server;
  /** Stops the `slow` answers still waiting. */
  cancelPending(): void;
}

function unknownRoute(): ProviderResponse {
  return jsonResponse(404, {
    error: 'not-found',
    message:
      'The simulator serves /ghasedak, /ghasedak-gateway, /smsafzar and /smspartner (each in place of the provider base URL) and the inbox page at /.',
  });
}

/** The path after the API's base path (matched without regard to case); undefined when it lacks it. */
function relativePath(path: string, basePath: string | undefined): string | undefined {
  if (basePath === undefined) return path;
  const prefix = `${basePath.toLowerCase()}/`;
  return path.toLowerCase().startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

export function createSimulatorServer({ providers, faults, rateLimiter, inbox }: ServerDependencies): SimulatorServer {
  const waiting = new Set<NodeJS.Timeout>();

  const handleProvider = async (
    provider: ApiName,
    fullPath: string,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> => {
    const api = providers[provider];
    const relative = relativePath(fullPath, api.basePath);
    const path = relative ?? fullPath;
    // Decided on arrival, before any fault: a refused request is answered 429 and nothing else happens.
    const admission = rateLimiter.admit(provider, path);
    if (admission !== undefined && !admission.accepted) {
      await readBody(request);
      const answer = api.faultResponse('rate-limited');
      writeResponse(response, {
        ...answer,
        headers: { ...answer.headers, 'Retry-After': String(admission.retryAfterSeconds) },
      });
      return;
    }
    const fault = faults.take(provider, path);
    if (fault?.kind === 'drop-connection') {
      request.socket.destroy();
      return;
    }
    const body = await readBody(request);
    if (request.socket.destroyed) return;
    if (body.tooLarge) {
      const answer = api.tooLarge();
      writeResponse(response, { ...answer, headers: { ...answer.headers, Connection: 'close' } });
      return;
    }
    if (fault?.kind === 'no-answer') return;
    if (fault?.kind === 'server-error' || fault?.kind === 'rate-limited') {
      writeResponse(response, api.faultResponse(fault.kind));
      return;
    }
    if (fault?.kind === 'bad-gateway-html') {
      writeResponse(response, badGatewayPage());
      return;
    }
    const providerRequest: ProviderRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: request.headers,
      body: body.text,
      remoteAddress: request.socket.remoteAddress ?? '',
      ...(relative === undefined ? { outsideBasePath: true } : {}),
    };
    let answer: ProviderResponse;
    try {
      answer = api.handle(providerRequest);
    } catch (error) {
      // Handlers stop with the provider's own error answer by throwing it; anything else is a simulator bug.
      if (error instanceof AnswerError) {
        answer = error.response;
      } else {
        process.emitWarning(`@sms/simulator: ${provider} ${path} failed: ${String(error)}`);
        answer = api.faultResponse('server-error');
      }
    }
    if (fault?.kind === 'accept-then-drop') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'malformed-body') {
      // The real answer cut in half: what a client sees when a proxy or a crash truncates the body.
      writeResponse(
        response,
        { ...answer, status: 200 },
        answer.body.slice(0, Math.floor(answer.body.length / 2)) || '<',
      );
      return;
    }
    if (fault?.kind === 'slow') {
      const timer = setTimeout(() => {
        waiting.delete(timer);
        writeResponse(response, answer);
      }, fault.delayMs);
      waiting.add(timer);
      return;
    }
    writeResponse(response, answer);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://simulator.invalid');
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    const first = segments[0] ?? '';
    const provider = API_NAMES.find((name) => name === first);
    const work = provider
      ? handleProvider(provider, segments.slice(1).join('/'), url, request, response)
      : readBody(request).then((body) => {
          if (url.pathname === '/' || first === 'inbox') inbox(request, response, url, body.text);
          else writeResponse(response, unknownRoute());
        });
    work.catch((error: unknown) => {
      process.emitWarning(`@sms/simulator: request failed: ${String(error)}`);
      if (!response.headersSent) writeResponse(response, jsonResponse(500, { error: 'simulator-error' }));
    });
  });
  // Clients may keep connections alive between calls; a test that closes the simulator must not wait for them.
  server.keepAliveTimeout = 5000;

  return {
    server,
    cancelPending: () => {
      for (const timer of waiting) clearTimeout(timer);
      waiting.clear();
    },
  };
}
