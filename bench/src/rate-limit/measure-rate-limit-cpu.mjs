// The CPU a provider's `rateLimit` adds to a send, against the same provider without one. No network: a
// dispatcher that answers at once, so the difference is the limiter's. Rounds alternate the two variants in one
// process; the ratio reported is the median of the per-round ratios. With the default `requestsPerSecond`,
// never reached, every request takes the limiter's fast path (a turn at once, no promise, no timer); a rate
// below the one reached without a limit (e.g. 10000 at concurrency 50) measures sends that all wait their turn
// instead (a promise each, one timer for the queue).
import { Readable } from 'node:stream';
import { median } from '../statistics/quantiles.mjs';
import { PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

const ANSWER = JSON.stringify({ result: { code: 200, message: 'success' }, items: [2578793735] });
export const NEVER_REACHED = 1_000_000_000;

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

/**
 * `sends` per round and variant, `rounds` rounds; `onRound` sees each round's figures. Resolves with the medians
 * in µs of CPU per send, the median of the per-round ratios and the rounds themselves.
 */
export async function measureRateLimitCpu({
  sends,
  rounds,
  concurrency,
  requestsPerSecond = NEVER_REACHED,
  onRound = () => {},
}) {
  const waiting = requestsPerSecond !== NEVER_REACHED;
  const without = await createProvider(undefined);
  const limited = await createProvider({ requestsPerSecond, burst: waiting ? 1 : 1_000 });
  const perRound = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      // Alternating which goes first, so neither always runs on a warmer process.
      const order = round % 2 === 1 ? ['without', 'limited'] : ['limited', 'without'];
      const measured = {};
      for (const name of order)
        measured[name] = await cpuPerSend(name === 'without' ? without : limited, sends, concurrency);
      const figures = {
        without: measured.without,
        limited: measured.limited,
        ratio: measured.limited / measured.without,
      };
      perRound.push(figures);
      onRound(round, figures);
    }
  } finally {
    await without.close();
    await limited.close();
  }
  return {
    sends,
    concurrency,
    requestsPerSecond: waiting ? requestsPerSecond : null,
    cpuMicrosWithout: median(perRound.map((figures) => figures.without)),
    cpuMicrosLimited: median(perRound.map((figures) => figures.limited)),
    ratio: median(perRound.map((figures) => figures.ratio)),
    rounds: perRound,
  };
}
