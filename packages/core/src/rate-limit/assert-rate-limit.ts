import { SmsError } from '../errors/sms-error';
import { describeValue } from '../validation/describe-value';
import type { RateLimit } from './rate-limit';

function invalidRateLimit(provider: string, detail: string): SmsError {
  return new SmsError(`rateLimit in the ${provider} settings ${detail}, e.g. { requestsPerSecond: 20, burst: 1 }.`, {
    code: 'INVALID_INPUT',
    provider,
    retryable: false,
  });
}

/** Refuses a `rateLimit` setting the limiter cannot keep, from TypeScript or plain JavaScript alike. */
export function assertRateLimit(value: unknown, provider: string): asserts value is RateLimit {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidRateLimit(provider, `must be an object, not ${describeValue(value)}`);
  const { requestsPerSecond, burst } = value as Record<string, unknown>;
  if (typeof requestsPerSecond !== 'number' || !Number.isFinite(requestsPerSecond) || requestsPerSecond <= 0)
    throw invalidRateLimit(
      provider,
      `needs requestsPerSecond as a number above 0, not ${describeValue(requestsPerSecond)}`,
    );
  if (burst !== undefined && (!Number.isInteger(burst) || (burst as number) < 1))
    throw invalidRateLimit(provider, `takes burst as a whole number of at least 1, not ${describeValue(burst)}`);
}
