import type { SmsCapabilities } from '@sms/core';

// Counting never throws: a malformed message counts as one recipient and the provider refuses it as usual.
function recipientsOf(message: unknown): number {
  const to = typeof message === 'object' && message !== null ? (message as { to?: unknown }).to : undefined;
  return Array.isArray(to) ? Math.max(1, to.length) : 1;
}

function requestsFor(recipients: number, perRequest: number | undefined): number {
  const size = typeof perRequest === 'number' && perRequest >= 1 ? Math.floor(perRequest) : 1;
  return Math.max(1, Math.ceil(recipients / size));
}

/** Requests and recipients of one send, as the provider splits it (`maxRecipientsPerRequest` per request). */
export function sendCost(message: unknown, capabilities: SmsCapabilities): { requests: number; recipients: number } {
  const recipients = recipientsOf(message);
  return { requests: requestsFor(recipients, capabilities.maxRecipientsPerRequest), recipients };
}

/** Requests and recipients of a batch: one recipient per message, `maxBatchSize` messages per request. */
export function batchCost(messages: unknown, capabilities: SmsCapabilities): { requests: number; recipients: number } {
  const recipients = Array.isArray(messages) ? Math.max(1, messages.length) : 1;
  return {
    requests: requestsFor(recipients, capabilities.maxBatchSize ?? capabilities.maxRecipientsPerRequest),
    recipients,
  };
}
