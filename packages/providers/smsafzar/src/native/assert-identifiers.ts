import { SmsError } from '@sms/core';

/** Refuses a list of ids that is empty, too long, or holds anything but non-empty strings. */
export function assertIdentifiers(ids: unknown, what: string, max: number, provider: string): string[] {
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new SmsError(`Pass at least one ${what} to ${provider}.`, { code: 'INVALID_INPUT', provider });
  }
  if (ids.length > max) {
    throw new SmsError(`${provider} takes at most ${max} ${what}s per request, got ${ids.length}; split the list.`, { code: 'INVALID_INPUT', provider });
  }
  return ids.map((id: unknown, index) => {
    if (typeof id === 'string' && id.trim() !== '') return id;
    throw new SmsError(`${what} ${index + 1} for ${provider} is not a non-empty string: ${JSON.stringify(id)}.`, { code: 'INVALID_INPUT', provider });
  });
}

/** Refuses a batch id that is not a non-empty string. */
export function assertBatchId(batchId: unknown, provider: string): string {
  if (typeof batchId === 'string' && batchId.trim() !== '') return batchId;
  throw new SmsError(`Pass the batchId of a scheduled ${provider} send, got ${JSON.stringify(batchId)}.`, { code: 'INVALID_INPUT', provider });
}
