import { noMessageIdError, type HttpClient } from '@sms/core/provider-utils';

/**
 * The `message_id` of a send answer as a string. Its absence after a successful answer leaves it unknown
 * which message went out: core's `noMessageIdError`, a `BAD_RESPONSE` with outcome `unknown`.
 */
export function messageIdOf(http: HttpClient, answer: Readonly<Record<string, unknown>>, endpoint: string): string {
  const value = answer.message_id;
  if ((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '')) return String(value);
  throw noMessageIdError(http, endpoint, { responseBody: answer });
}
