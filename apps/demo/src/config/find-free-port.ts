import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Asks the OS for a free port, so webhook URLs can be built before the app starts listening. */
export async function findFreePort(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
