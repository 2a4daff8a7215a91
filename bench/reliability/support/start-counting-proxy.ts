import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy on loopback in front of the simulator that counts the client sockets it carries, so a test can
 * check that closing a provider leaves no socket open. Each side's close or error ends the other side, so a
 * dropped connection on the simulator's side is dropped for the client too.
 */
export interface CountingProxy {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Client sockets accepted so far. */
  opened(): number;
  /** Client sockets open now. */
  open(): number;
  /** Most client sockets open at once so far. */
  peakOpen(): number;
  /** Bytes the clients have sent so far: unchanged across a call means the call made no request. */
  bytesFromClients(): number;
  /** Resolves with the number of open sockets once it is 0, or after `timeoutMs` with what is left. */
  settle(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let opened = 0;
  let peakOpen = 0;
  let bytesFromClients = 0;
  const server = createServer((client) => {
    opened += 1;
    sockets.add(client);
    peakOpen = Math.max(peakOpen, sockets.size);
    const upstream = connect({ host: hostname, port: Number(port) });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => {
      sockets.delete(client);
      upstream.destroy();
    });
    client.on('error', end);
    upstream.on('error', end);
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk: Buffer) => {
      bytesFromClients += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    opened: () => opened,
    open: () => sockets.size,
    peakOpen: () => peakOpen,
    bytesFromClients: () => bytesFromClients,
    async settle(timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      while (sockets.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      return sockets.size;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
