import type { HttpClient } from '@sms/core';

/**
 * The `message_id` of a send answer as a string. Its absence after a successful answer leaves it unknown
 * which message went out, so it is a `BAD_RESPONSE` with outcome `unknown`.
 */
export function messageIdOf(http: HttpClient, answer: Readonly<Record<string, unknown>>): string {
  const value = answer.message_id;
  if ((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '')) return String(value);
  throw http.error('SMS Partner accepted the send but its answer has no message_id; the message may have gone out, so check before sending again.', {
    code: 'BAD_RESPONSE',
    outcome: 'unknown',
    responseBody: answer,
  });
}
