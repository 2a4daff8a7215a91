import { SmsError, type CallOptions, type InboundMessage, type InboundQuery } from '@sms/core';
import { assertInboundQuery, toE164OrAsWritten } from '@sms/core/provider-utils';
import { assertCount, getReceivedRecent, MAX_RECEIVED_COUNT } from '../native/create-messages-api';
import type { SmsAfzarContext } from '../native/sms-afzar-context';

/**
 * The most recent received messages (`messages/received/recent`, at most 100). SMSAfzar has no paging or
 * date query, so `line`, `from` and `until` filter the answer here and `page` beyond 0 is refused.
 */
export async function listInbound(
  context: SmsAfzarContext,
  query: InboundQuery = {},
  options?: CallOptions,
): Promise<InboundMessage[]> {
  const { provider, transport } = context;
  assertInboundQuery(query, provider);
  if (query.page !== undefined && query.page !== 0) {
    throw new SmsError(
      `${provider} only returns the most recent ${MAX_RECEIVED_COUNT} received messages; it has no pages beyond the first.`,
      {
        code: 'INVALID_INPUT',
        provider,
      },
    );
  }
  const count = assertCount(query.limit ?? MAX_RECEIVED_COUNT, provider);
  const answer = await getReceivedRecent(transport, count, options);
  const line = query.line === undefined ? undefined : toE164OrAsWritten(query.line, 'IR');
  const messages: InboundMessage[] = [];
  for (const received of answer.messages) {
    const message: InboundMessage = {
      provider,
      from: toE164OrAsWritten(received.senderNumber ?? '', 'IR'),
      text: received.content ?? '',
      raw: received.raw,
    };
    if (received.receivedMessageId !== undefined) message.id = received.receivedMessageId;
    if (received.recipientNumber !== undefined) message.to = received.recipientNumber;
    if (received.receivedAt !== undefined) message.receivedAt = received.receivedAt;
    if (
      line !== undefined &&
      (received.recipientNumber === undefined || toE164OrAsWritten(received.recipientNumber, 'IR') !== line)
    )
      continue;
    if (query.from !== undefined && (message.receivedAt === undefined || message.receivedAt < query.from)) continue;
    if (query.until !== undefined && (message.receivedAt === undefined || message.receivedAt > query.until)) continue;
    messages.push(message);
  }
  return messages;
}
