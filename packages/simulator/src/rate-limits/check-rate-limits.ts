import type { ApiName } from '../api-name';
import { API_NAMES } from '../api-name';
import type { SimulatorRateLimit } from './simulator-rate-limit';

/** Reads `rateLimits` of the options, refusing what the simulator cannot apply. */
export function checkRateLimits(value: unknown): Partial<Record<ApiName, SimulatorRateLimit>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null)
    throw new TypeError(
      'startSimulator: rateLimits must be an object such as { ghasedak: { requestsPerSecond: 20 } }.',
    );
  const limits: Partial<Record<ApiName, SimulatorRateLimit>> = {};
  for (const [provider, limit] of Object.entries(value)) {
    if (!(API_NAMES as readonly string[]).includes(provider))
      throw new TypeError(`startSimulator: rateLimits takes ${API_NAMES.join(', ')}; got ${provider}.`);
    const { requestsPerSecond, burst, retryAfterSeconds } = (limit ?? {}) as SimulatorRateLimit;
    if (typeof requestsPerSecond !== 'number' || !Number.isFinite(requestsPerSecond) || requestsPerSecond <= 0)
      throw new RangeError(
        `startSimulator: rateLimits.${provider}.requestsPerSecond must be a number above 0; got ${String(requestsPerSecond)}.`,
      );
    if (burst !== undefined && (!Number.isInteger(burst) || burst < 1))
      throw new RangeError(
        `startSimulator: rateLimits.${provider}.burst must be a whole number of at least 1; got ${String(burst)}.`,
      );
    if (retryAfterSeconds !== undefined && (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0))
      throw new RangeError(
        `startSimulator: rateLimits.${provider}.retryAfterSeconds must be a whole number of 0 or more; got ${String(retryAfterSeconds)}.`,
      );
    limits[provider as ApiName] = {
      requestsPerSecond,
      ...(burst === undefined ? {} : { burst }),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
  return limits;
}
