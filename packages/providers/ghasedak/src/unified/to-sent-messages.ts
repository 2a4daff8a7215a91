import { SmsError, type DeliveryStatus, type SentMessage } from '@sms/core';

/** A recipient of one request, before its answer: the status and segments it gets once it has an id. */
export interface PendingMessage {
  to: string;
  status: DeliveryStatus;
  segments?: number;
}

/**
 * Pairs the recipients of one request with the ids Ghasedak returned, by position. A recipient without an
 * id (the answer was shorter than the request) is marked `unknown`: it may have gone out.
 */
export function toSentMessages(provider: string, pending: readonly PendingMessage[], messageIds: readonly string[]): SentMessage[] {
  const mismatch =
    messageIds.length === pending.length
      ? undefined
      : new SmsError(
          `${provider} returned ${messageIds.length} message ids for ${pending.length} recipients, so they cannot all be matched; check the status of this send before sending again.`,
          { code: 'BAD_RESPONSE', provider, outcome: 'unknown' },
        );
  return pending.map((message, index) => {
    const id = messageIds[index];
    if (id === undefined) return { to: message.to, status: 'unknown', ...(mismatch === undefined ? {} : { error: mismatch }) };
    return { ...message, id };
  });
}
