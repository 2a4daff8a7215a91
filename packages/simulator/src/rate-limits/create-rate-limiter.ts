import type { ApiName } from '../api-name';
import type { RateLimitLog, SimulatorRateLimit } from './simulator-rate-limit';

export interface RateLimitDecision {
  accepted: boolean;
  /** For a refused request: the `Retry-After` to answer, in seconds. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts a request to `provider` arriving now; `undefined` when that provider has no limit. */
  admit(provider: ApiName, path: string): RateLimitDecision | undefined;
  log(provider: ApiName): RateLimitLog;
  reset(): void;
}

interface ProviderState {
  limit: SimulatorRateLimit;
  /** The theoretical arrival time of the generic cell rate algorithm, in ms. */
  arrival: number;
  log: RateLimitLog;
}

const emptyLog = (): RateLimitLog => ({ accepted: 0, refused: 0, requests: [] });

/** One generic-cell-rate limiter per limited provider, on the simulator's clock. */
export function createRateLimiter(
  limits: Partial<Record<ApiName, SimulatorRateLimit>>,
  nowMs: () => number,
): RateLimiter {
  const states = new Map<ApiName, ProviderState>();
  const fill = (): void => {
    states.clear();
    for (const [provider, limit] of Object.entries(limits) as [ApiName, SimulatorRateLimit][])
      states.set(provider, { limit, arrival: Number.NEGATIVE_INFINITY, log: emptyLog() });
  };
  fill();
  return {
    admit(provider, path) {
      const state = states.get(provider);
      if (state === undefined) return undefined;
      const now = nowMs();
      const interval = 1000 / state.limit.requestsPerSecond;
      const tolerance = ((state.limit.burst ?? 1) - 1) * interval;
      const arrival = Math.max(state.arrival, now);
      const acceptedFrom = arrival - tolerance;
      const accepted = acceptedFrom <= now;
      if (accepted) {
        state.arrival = arrival + interval;
        state.log.accepted += 1;
      } else state.log.refused += 1;
      state.log.requests.push({ at: now, path, accepted });
      const retryAfterSeconds = state.limit.retryAfterSeconds ?? Math.max(1, Math.ceil((acceptedFrom - now) / 1000));
      return { accepted, retryAfterSeconds };
    },
    log(provider) {
      const log = states.get(provider)?.log ?? emptyLog();
      return {
        accepted: log.accepted,
        refused: log.refused,
        requests: log.requests.map((request) => ({ ...request })),
      };
    },
    reset: fill,
  };
}
