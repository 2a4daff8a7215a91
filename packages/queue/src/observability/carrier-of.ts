import type { SmsJobCarrier } from './sms-queue-hooks';

const MAX_FIELDS = 16;
const MAX_LENGTH = 1024;

/**
 * The string fields of what `beforeEnqueue` returned, within bounds (they are stored with every job); anything
 * else is dropped rather than breaking the enqueue.
 */
export function carrierOf(answer: unknown): SmsJobCarrier | undefined {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
  const fields = Object.entries(answer as Record<string, unknown>)
    .filter(([key, value]) => typeof value === 'string' && key.length <= MAX_LENGTH && value.length <= MAX_LENGTH)
    .slice(0, MAX_FIELDS);
  return fields.length === 0 ? undefined : (Object.fromEntries(fields) as SmsJobCarrier);
}
