import { SmsError, type DeliveryStatus, type SentMessage } from '@sms/core';

/** What a recipient of one request gets once it has an id: its status and, when known, its segment count. */
export interface PendingDetails {
  status: DeliveryStatus;
  segments?: number;
}

/**
 * Pairs the recipients of one request with the ids Ghasedak returned, by position. A recipient without an
 * id (the answer was shorter than the request) is marked `unknown`: it may have gone out. `details` is one
 * value for every recipient, or a list with one per recipient; `checkIds`, when the messages have them, one
 * per recipient, become each entry's `reference`.
 *
 * Each entry is written as one object literal rather than spread from a pending object: a 100,000-recipient
 * send builds 100,000 of them, and the spread was the largest cost of such a send on the client. The details
 * are a value rather than a callback because each send would make a new closure, and optimised code that
 * called the previous send's closure is thrown away when the next send starts.
 */
export function toSentMessages(
  provider: string,
  recipients: readonly string[],
  messageIds: readonly string[],
  details: PendingDetails | readonly PendingDetails[],
  checkIds?: readonly string[],
): SentMessage[] {
  const perRecipient = Array.isArray(details) ? (details as readonly PendingDetails[]) : undefined;
  const shared = details as PendingDetails;
  const mismatch =
    messageIds.length === recipients.length
      ? undefined
      : new SmsError(
          `${provider} returned ${messageIds.length} message ids for ${recipients.length} recipients, so they cannot all be matched; check the status of this send before sending again.`,
          { code: 'BAD_RESPONSE', provider, outcome: 'unknown' },
        );
  const messages = new Array<SentMessage>(recipients.length);
  for (let position = 0; position < recipients.length; position += 1) {
    const to = recipients[position]!;
    const id = messageIds[position];
    if (id === undefined) {
      messages[position] =
        mismatch === undefined ? { to, status: 'unknown' } : { to, status: 'unknown', error: mismatch };
      continue;
    }
    const { status, segments } = perRecipient === undefined ? shared : perRecipient[position]!;
    messages[position] = segments === undefined ? { to, status, id } : { to, status, segments, id };
  }
  // Only sends with a reference pay for a second pass.
  if (checkIds !== undefined) {
    for (let position = 0; position < messages.length; position += 1)
      messages[position]!.reference = checkIds[position]!;
  }
  return messages;
}
