import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sendAnswer from '../__fixtures__/send-answer.json' with { type: 'json' };
import { createSmsAfzar } from '../create-sms-afzar';
import type { SmsAfzarProvider } from '../sms-afzar-provider';
import { caught, DOMAIN, fakeJwt, PASSWORD, SENDER, USER_NAME } from '../test-support/mock-sms-afzar';

const message = { to: '09100000000', text: 'x' };

interface TokenServer {
  url: string;
  /** `auth/token` requests received, and how many of them the server saw abandoned (socket closed unanswered). */
  tokenRequests: () => number;
  abandoned: () => number;
  close: () => Promise<void>;
}

/** An SMSAfzar stand-in whose first `stalled` token requests are never answered, and the others after `delayMs`. */
async function startTokenServer(stalled: number, delayMs = 0): Promise<TokenServer> {
  let tokenRequests = 0;
  let abandoned = 0;
  const sockets = new Set<Socket>();
  const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
  const answer = (response: ServerResponse, body: unknown): void => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    request.on('end', () => {
      if (request.url === '/auth/token') {
        tokenRequests += 1;
        if (tokenRequests <= stalled) {
          response.on('close', () => (abandoned += response.writableEnded ? 0 : 1));
          return;
        }
        setTimeout(() => answer(response, { token, expiresIn: 3600 }), delayMs);
        return;
      }
      if (request.headers.authorization !== `Bearer ${token}`) {
        response.statusCode = 401;
        return answer(response, { errorCode: 401, errorMessage: 'unauthorised' });
      }
      if (request.url === '/account/balance') return answer(response, { credit: '10', unit: 'IRR' });
      return answer(response, sendAnswer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tokenRequests: () => tokenRequests,
    abandoned: () => abandoned,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the shared auth/token request', () => {
  let server: TokenServer | undefined;
  let provider: SmsAfzarProvider | undefined;

  afterEach(async () => {
    vi.useRealTimers();
    await provider?.close();
    await server?.close();
    provider = undefined;
    server = undefined;
  });

  const jwtProviderFor = (url: string, timeoutMs?: number): SmsAfzarProvider =>
    createSmsAfzar({
      userName: USER_NAME,
      password: PASSWORD,
      domain: DOMAIN,
      senderNumber: SENDER,
      baseUrl: url,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });

  it('is given up when the only call waiting for it stops, so the next call starts a fresh one', async () => {
    server = await startTokenServer(1);
    provider = jwtProviderFor(server.url);
    // Stopped only once the server has the request: a request aborted before it arrives would leave the
    // server's one stalled answer for the next call.
    const controller = new AbortController();
    const first = caught(() => provider!.send(message, { signal: controller.signal }));
    await vi.waitFor(() => expect(server!.tokenRequests()).toBe(1), { interval: 5 });
    controller.abort();
    expect(await first).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    // No timeoutMs: before, this call waited for the stalled request with no end.
    const second = await provider.send(message);
    expect(second.messages).toHaveLength(1);
    expect(server.tokenRequests()).toBe(2);
    await vi.waitFor(() => expect(server!.abandoned()).toBe(1));
  });

  it('keeps going for the calls still waiting when one caller gives up', async () => {
    server = await startTokenServer(0, 200);
    provider = jwtProviderFor(server.url);
    const [impatient, balance] = await Promise.allSettled([
      provider.send(message, { timeoutMs: 50 }),
      provider.getBalance(),
    ]);
    expect(impatient).toMatchObject({ status: 'rejected', reason: { code: 'TIMEOUT', outcome: 'not-sent' } });
    expect(balance).toMatchObject({ status: 'fulfilled', value: { amount: 10 } });
    expect(server.tokenRequests()).toBe(1);
  });

  it('has a deadline of its own: getBalance() without timeoutMs settles, and the next call asks again', async () => {
    server = await startTokenServer(1);
    provider = jwtProviderFor(server.url, 300);
    const stalled = await caught(() => provider!.getBalance());
    expect(stalled).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
    expect((await provider.getBalance()).amount).toBe(10);
    expect(server.tokenRequests()).toBe(2);
  });

  it('settles by the default 60 s deadline when no timeoutMs is set anywhere', async () => {
    server = await startTokenServer(1);
    provider = jwtProviderFor(server.url);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = caught(() => provider!.getBalance());
    await vi.waitFor(() => expect(server!.tokenRequests()).toBe(1), { interval: 5 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await pending).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
    vi.useRealTimers();
    expect((await provider.getBalance()).amount).toBe(10);
  });
});
