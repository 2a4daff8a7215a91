// Run as `node first-send-probe.mjs <variant> <provider> <server url>` in a fresh process: prints the time from
// the first import to the answer of the first send, so a module that defers its own imports to the first call
// (as @sms/core does with undici and libphonenumber-js) is measured with that cost included.
import { performance } from 'node:perf_hooks';

const [variant, providerName, url] = process.argv.slice(2);
const started = performance.now();
if (variant === 'sdk') {
  const { PROVIDER_SETUPS, TEXT } = await import('../variants/provider-setups.mjs');
  const setup = PROVIDER_SETUPS[providerName];
  const provider = await setup.create(url);
  await provider.send({ to: setup.recipient, text: TEXT });
  const firstSendMs = performance.now() - started;
  await provider.close();
  process.stdout.write(`${JSON.stringify({ firstSendMs })}\n`);
} else if (variant === 'raw-undici') {
  const { request } = await import('undici');
  const answer = await request(`${url}/v2/sms/send/simple`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', apikey: 'bench-ghasedak-key' },
    body: new URLSearchParams({
      message: 'Your verification code is 482913',
      receptor: '09121234567',
      linenumber: '10008566',
    }).toString(),
  });
  await answer.body.json();
  process.stdout.write(`${JSON.stringify({ firstSendMs: performance.now() - started })}\n`);
  process.exit(0);
} else if (variant === 'official-ghasedak') {
  const { createOfficialGhasedak } = await import('../variants/create-official-ghasedak.mjs');
  // The package prints with console.log; keep stdout for the result line only.
  const log = console.log;
  console.log = () => {};
  await createOfficialGhasedak(url).send();
  console.log = log;
  process.stdout.write(`${JSON.stringify({ firstSendMs: performance.now() - started })}\n`);
  process.exit(0);
}
