// The CPU a provider's `rateLimit` adds to a send (`../rate-limit/measure-rate-limit-cpu.mjs`), printed round by
// round; `pnpm bench` runs the same measurement as its `rate-limit` section.
// `node --expose-gc src/profile/measure-rate-limit-cpu.mjs [sends per round] [rounds] [concurrency] [requestsPerSecond]`:
// a `requestsPerSecond` below the rate reached without a limit (e.g. 10000 at concurrency 50) measures sends
// that all wait their turn instead of the limiter's fast path.
import { measureRateLimitCpu, NEVER_REACHED } from '../rate-limit/measure-rate-limit-cpu.mjs';

const [sendsText = '50000', roundsText = '7', concurrencyText = '1', limitText = String(NEVER_REACHED)] =
  process.argv.slice(2);
const result = await measureRateLimitCpu({
  sends: Number(sendsText),
  rounds: Number(roundsText),
  concurrency: Number(concurrencyText),
  requestsPerSecond: Number(limitText),
  onRound: (round, figures) =>
    console.log(
      `round ${round}: without ${figures.without.toFixed(2)} µs, with rateLimit ${figures.limited.toFixed(2)} µs CPU per send (${figures.ratio.toFixed(3)}×)`,
    ),
});
console.log(
  `ghasedak, ${result.sends} sends × ${result.rounds.length} rounds at concurrency ${result.concurrency}, no network: ` +
    `without rateLimit ${result.cpuMicrosWithout.toFixed(2)} µs, with rateLimit ${result.requestsPerSecond === null ? '(never waiting)' : `(${result.requestsPerSecond}/s, every send waits)`} ${result.cpuMicrosLimited.toFixed(2)} µs CPU per send; ` +
    `median ratio ${result.ratio.toFixed(3)}× (+${(result.cpuMicrosLimited - result.cpuMicrosWithout).toFixed(2)} µs)`,
);
