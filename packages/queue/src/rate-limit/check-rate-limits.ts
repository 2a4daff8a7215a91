import { SmsError } from '@sms/core';
import type { SharedRateLimit, SharedRateLimitsOptions } from './shared-rate-limit-types';

const invalid = (message: string): SmsError =>
  new SmsError(`createSharedRateLimits: ${message}`, { code: 'INVALID_INPUT' });

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;
const isWholeAtLeastOne = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

function checkLimit(providerId: string, limit: unknown): SharedRateLimit {
  if (typeof limit !== 'object' || limit === null)
    throw invalid(`the limit of "${providerId}" must be an object such as { requestsPerSecond: 20 }.`);
  const { requestsPerSecond, burst, recipientsPerSecond, recipientBurst } = limit as SharedRateLimit;
  if (!isPositive(requestsPerSecond))
    throw invalid(`requestsPerSecond of "${providerId}" must be a number above 0, not ${String(requestsPerSecond)}.`);
  if (burst !== undefined && !isWholeAtLeastOne(burst))
    throw invalid(`burst of "${providerId}" must be a whole number of at least 1, not ${String(burst)}.`);
  if (recipientsPerSecond !== undefined && !isPositive(recipientsPerSecond))
    throw invalid(
      `recipientsPerSecond of "${providerId}" must be a number above 0 or left out, not ${String(recipientsPerSecond)}.`,
    );
  if (recipientBurst !== undefined && !isWholeAtLeastOne(recipientBurst))
    throw invalid(
      `recipientBurst of "${providerId}" must be a whole number of at least 1, not ${String(recipientBurst)}.`,
    );
  return limit as SharedRateLimit;
}

/** The options checked before any connection is made; plain JavaScript gets INVALID_INPUT, never a TypeError. */
export function checkRateLimitsOptions(options: SharedRateLimitsOptions): Map<string, SharedRateLimit> {
  if (typeof options !== 'object' || options === null)
    throw invalid('it takes { connection, limits: { [providerId]: { requestsPerSecond } } }.');
  const { limits, prefix, rateLimitedPauseMs } = options;
  if (typeof limits !== 'object' || limits === null || Object.keys(limits).length === 0)
    throw invalid('`limits` must name at least one provider id: { ghasedak: { requestsPerSecond: 20 } }.');
  if (prefix !== undefined && (typeof prefix !== 'string' || prefix === ''))
    throw invalid('`prefix` must be a non-empty string or left out.');
  if (
    rateLimitedPauseMs !== undefined &&
    (typeof rateLimitedPauseMs !== 'number' || !Number.isFinite(rateLimitedPauseMs) || rateLimitedPauseMs < 0)
  )
    throw invalid(`\`rateLimitedPauseMs\` must be a number of 0 or more, not ${String(rateLimitedPauseMs)}.`);
  return new Map(Object.entries(limits).map(([providerId, limit]) => [providerId, checkLimit(providerId, limit)]));
}
