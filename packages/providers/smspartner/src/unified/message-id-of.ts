import { noMessageIdError, readId, type HttpClient } from '@sms/core/provider-utils';

/**
 * The `message_id` of a send answer as a string. Its absence after a successful answer leaves it unknown
 * which message went out: core's `noMessageIdError`, a `BAD_RESPONSE` with outcome `unknown`.
 */
export function messageIdOf(http: HttpClient, answer: Readonly<Record<string, unknown>>, endpoint: string): string {
  const messageId = readId(answer, 'message_id');
  if (messageId !== undefined) return messageId;
  throw noMessageIdError(http, endpoint, { responseBody: answer });
}
