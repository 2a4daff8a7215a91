import type { SentMessage } from '@sms/core';
import type { SmsAfzarSentMessage } from '../native/native-types';
import type { StatusMapper } from '../status/create-status-mapper';

/**
 * One entry of a `SendResult`. A 200 means SMSAfzar accepted the message, so a `messageStatus` nobody mapped
 * reads as `queued` here (the raw value stays in `providerStatus`); a scheduled send is `scheduled`. A
 * recipient the answer does not mention is `unknown`.
 */
export function toSentMessage(
  to: string,
  message: SmsAfzarSentMessage | undefined,
  batchId: string | undefined,
  scheduled: boolean,
  mapStatus: StatusMapper,
): SentMessage {
  const entry: SentMessage = { to, status: 'unknown' };
  if (message !== undefined) {
    entry.status = scheduled ? 'scheduled' : (mapStatus(message.messageStatus) ?? 'queued');
    if (message.sentMessageId !== undefined) entry.id = message.sentMessageId;
    if (message.messageStatus !== undefined) entry.providerStatus = message.messageStatus;
    if (message.parts !== undefined) entry.segments = message.parts;
    if (message.cost !== undefined) entry.cost = message.cost;
  }
  if (batchId !== undefined) entry.batchId = batchId;
  return entry;
}

/** Adds a request's total cost to its chunk result, when every message says its cost (in Rials). */
export function withCost<Chunk extends { messages: SentMessage[] }>(chunk: Chunk): Chunk & { cost?: number; currency?: string } {
  const { messages } = chunk;
  if (messages.length === 0 || messages.some((message) => message.cost === undefined)) return chunk;
  return { ...chunk, cost: messages.reduce((total, message) => total + (message.cost ?? 0), 0), currency: 'IRR' };
}
