// Profiles one large Ghasedak send (sms/send/pair, 100 per request) against the minimal server:
// `node --cpu-prof --cpu-prof-dir=/tmp/prof src/profile/profile-bulk.mjs 100000`.
import { startMinimalServer } from '../server/start-minimal-server.mjs';
import { iranianRecipients, PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

const count = Number(process.argv[2] ?? 100_000);
const server = await startMinimalServer();
const provider = await PROVIDER_SETUPS.ghasedak.create(server.url);
const recipients = iranianRecipients(count);
await provider.send({ to: recipients.slice(0, 10_000), text: TEXT });
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await provider.send({ to: recipients, text: TEXT });
const cpu = process.cpuUsage(cpuBefore);
process.stderr.write(
  `${result.messages.length} recipients in ${(performance.now() - started).toFixed(0)} ms, ${((cpu.user + cpu.system) / count).toFixed(2)} µs CPU per recipient\n`,
);
await provider.close();
await server.close();
