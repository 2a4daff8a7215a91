// Profiles the client side of sends through one of our packages (or the raw baseline) against the minimal
// server, for finding hot spots: `node --cpu-prof --cpu-prof-dir=/tmp/prof src/profile/profile-sends.mjs ghasedak sdk`
// then `node src/profile/summarize-profile.mjs /tmp/prof/<file>.cpuprofile`.
import { startMinimalServer } from '../server/start-minimal-server.mjs';
import { measureSends } from '../harness/measure-sends.mjs';
import { createRawRequest } from '../variants/create-raw-request.mjs';
import { DEFAULT_CONNECTIONS, PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

const [providerName = 'ghasedak', variant = 'sdk', totalText = '20000', concurrencyText = '1'] = process.argv.slice(2);
const setup = PROVIDER_SETUPS[providerName];
const server = await startMinimalServer();
const provider = await setup.create(server.url);
const message = { to: setup.recipient, text: TEXT };
let send = () => provider.send(message);
let raw;
if (variant === 'raw-undici') {
  const waiting = server.capture(setup.endpoint);
  await provider.send(message);
  raw = createRawRequest({ origin: server.url, captured: await waiting, connections: DEFAULT_CONNECTIONS });
  send = () => raw.send();
}
const result = await measureSends({
  send,
  total: Number(totalText),
  concurrency: Number(concurrencyText),
  warmup: 2_000,
});
process.stderr.write(`${JSON.stringify(result)}\n`);
await provider.close();
await raw?.close();
await server.close();
