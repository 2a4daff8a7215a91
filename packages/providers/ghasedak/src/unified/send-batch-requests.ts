import type { SendResult } from '@sms/core';
import { sendRequestsInOrder, type OrderedRequest } from '@sms/core/provider-utils';

/** One request of a batch and the positions, in the batch, of the messages it carries. */
export type BatchRequest = OrderedRequest & { indices: readonly number[] };

/** What the result needs of each message of the batch, in input order. */
export interface BatchedMessage {
  to: string;
  reference?: string | undefined;
  sendDate: Date | undefined;
}

/**
 * Sends a batch's requests for v2 and the gateway alike, and gives the result the batch's send time when all
 * its messages share one.
 */
export async function sendBatchRequests(
  context: { provider: string; concurrency: number | undefined },
  requests: BatchRequest[],
  messages: readonly BatchedMessage[],
): Promise<SendResult> {
  // Send in input order as far as possible, so a failure stops the later messages rather than the earlier ones.
  requests.sort((left, right) => left.indices[0]! - right.indices[0]!);

  const result = await sendRequestsInOrder({
    provider: context.provider,
    total: messages.length,
    requests,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (index) => messages[index]!.to,
    referenceOf: (index) => messages[index]!.reference,
  });
  const sendDates = new Set(messages.map((message) => message.sendDate?.getTime()));
  const [onlyDate] = sendDates;
  if (sendDates.size === 1 && onlyDate !== undefined) result.sendAt = new Date(onlyDate);
  return result;
}
