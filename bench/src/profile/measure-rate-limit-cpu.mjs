// The CPU a provider's `rateLimit` adds to a send when it never has to wait (a limit far above the rate
// reached), against the same provider without one: the limiter's own cost per request. No network: a
// dispatcher that answers at once, so the difference is the limiter's. Rounds alternate the two variants;
// the ratio reported is the median of the per-round ratios.
// `node src/profile/measure-rate-limit-cpu.mjs [sends per round] [rounds] [concurrency] [requestsPerSecond]`:
// a `requestsPerSecond` below the rate reached without a limit (e.g. 10000 at concurrency 50) measures
// sends that all wait their turn instead (a promise each, one timer for the queue).
import { Readable } from 'node:stream';
import { PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

const ANSWER = JSON.stringify({ result: { code: 200, message: 'success' }, items: [2578793735] });
// Default never reached: the limiter takes its fast path (a turn at once, no promise, no timer) on every request.
const [sendsText = '50000', roundsText = '7', concurrencyText = '1', limitText = '1000000000'] = process.argv.slice(2);
const waiting = limitText !== '1000000000';
const LIMIT = { requestsPerSecond: Number(limitText), burst: waiting ? 1 : 1_000 };

const instantDispatcher = {
  async request() {
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: Readable.from([Buffer.from(ANSWER)]),
    };
  },
};

async function createProvider(rateLimit) {
  const { createGhasedak } = await import('@sms/ghasedak');
  return createGhasedak({
    apiKey: 'bench-ghasedak-key',
    lineNumber: '10008566',
    baseUrl: 'http://127.0.0.1:9',
    dispatcher: instantDispatcher,
    ...(rateLimit === undefined ? {} : { rateLimit }),
  });
}

async function sendAll(provider, sends, concurrency) {
  const message = { to: PROVIDER_SETUPS.ghasedak.recipient, text: TEXT };
  let next = 0;
  const lane = async () => {
    while (next < sends) {
      next += 1;
      await provider.send(message);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

async function cpuPerSend(provider, sends, concurrency) {
  await sendAll(provider, sends / 5, concurrency);
  globalThis.gc?.();
  const before = process.cpuUsage();
  await sendAll(provider, sends, concurrency);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / sends;
}

const median = (values) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const sends = Number(sendsText);
const rounds = Number(roundsText);
const concurrency = Number(concurrencyText);
const without = await createProvider(undefined);
const limited = await createProvider(LIMIT);
const figures = { without: [], limited: [], ratios: [] };
for (let round = 1; round <= rounds; round += 1) {
  // Alternating which goes first, so neither always runs on a warmer process.
  const order = round % 2 === 1 ? ['without', 'limited'] : ['limited', 'without'];
  const measured = {};
  for (const name of order)
    measured[name] = await cpuPerSend(name === 'without' ? without : limited, sends, concurrency);
  figures.without.push(measured.without);
  figures.limited.push(measured.limited);
  figures.ratios.push(measured.limited / measured.without);
  console.log(
    `round ${round}: without ${measured.without.toFixed(2)} µs, with rateLimit ${measured.limited.toFixed(2)} µs CPU per send (${(measured.limited / measured.without).toFixed(3)}×)`,
  );
}
const withoutMedian = median(figures.without);
const limitedMedian = median(figures.limited);
console.log(
  `ghasedak, ${sends} sends × ${rounds} rounds at concurrency ${concurrency}, no network: ` +
    `without rateLimit ${withoutMedian.toFixed(2)} µs, with rateLimit ${waiting ? `(${limitText}/s, every send waits)` : '(never waiting)'} ${limitedMedian.toFixed(2)} µs CPU per send; ` +
    `median ratio ${median(figures.ratios).toFixed(3)}× (+${(limitedMedian - withoutMedian).toFixed(2)} µs)`,
);
await without.close();
await limited.close();
