// The official `ghasedak` npm package (0.2.1), the only Ghasedak SDK on npm for the v2 API. It prints the URL
// and every answer with console.log; the benchmark workers run with stdout sent to /dev/null, so that cost
// (formatting and a write per line) is counted as it would be in an application, but nothing is shown.
// Its `send` resolves to undefined whatever the answer, so the runner checks the server's request counts.
import { createRequire } from 'node:module';
import { PROVIDER_SETUPS, TEXT } from './provider-setups.mjs';

const require = createRequire(import.meta.url);

export function createOfficialGhasedak(baseUrl) {
  const Ghasedak = require('ghasedak');
  const client = new Ghasedak('bench-ghasedak-key', '/v2', baseUrl);
  const receptor = `0${PROVIDER_SETUPS.ghasedak.recipient.slice(3)}`;
  return {
    send: () => client.send({ message: TEXT, receptor, linenumber: '10008566' }),
    // node-fetch 2 uses Node's global keep-alive agent, which has no close of its own.
    close: async () => {},
  };
}
