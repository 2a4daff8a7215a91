import type { SendResult, SentMessage } from '@sms/core';

/** A recipient the provider did not take, though the send as a whole went through. */
export function isFailedMessage(message: SentMessage): boolean {
  return message.error !== undefined || message.status === 'failed' || message.status === 'rejected';
}

/** `sent` when every recipient was taken, `partial` when only some were. */
export function outcomeOf(result: SendResult): 'sent' | 'partial' {
  return result.messages.some(isFailedMessage) ? 'partial' : 'sent';
}

/** The segments the provider reported for the whole send, when it reported them for every message. */
export function reportedSegments(result: SendResult): number | undefined {
  let total = 0;
  for (const message of result.messages) {
    if (message.segments === undefined) return undefined;
    total += message.segments;
  }
  return result.messages.length === 0 ? undefined : total;
}
