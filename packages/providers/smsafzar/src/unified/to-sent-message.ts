import type { SentMessage } from '@sms/core';
import type { ChunkSendResult } from '@sms/core/provider-utils';
import type { SmsAfzarBulkAnswer, SmsAfzarSentMessage } from '../native/messages-api-types';
import type { StatusMapper } from './create-status-mapper';
import { matchBulkAnswer } from './match-bulk-answer';

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

/**
 * A request's part of a send result: its entries, its answer, its batch id and, when every message says its
 * cost (in Rials), the request's total cost. Built by assignment rather than by spreading a draft, which cost
 * about a microsecond on every send.
 */
export function toChunkResult(messages: SentMessage[], raw: unknown, batchId: string | undefined): ChunkSendResult {
  const chunk: ChunkSendResult = { messages, raw };
  if (batchId !== undefined) chunk.batchId = batchId;
  if (messages.length === 0) return chunk;
  let cost = 0;
  for (const message of messages) {
    if (message.cost === undefined) return chunk;
    cost += message.cost;
  }
  chunk.cost = cost;
  chunk.currency = 'IRR';
  return chunk;
}

/** A bulk request's part of a send result: each recipient (E.164) paired with its entry of the answer. */
export function toBulkChunkResult(
  recipients: readonly string[],
  wireRecipients: readonly string[],
  answer: SmsAfzarBulkAnswer,
  scheduled: boolean,
  mapStatus: StatusMapper,
): ChunkSendResult {
  const matched = matchBulkAnswer(wireRecipients, answer.messages);
  const messages = recipients.map((to, index) =>
    toSentMessage(to, matched[index], answer.batchId, scheduled, mapStatus),
  );
  return toChunkResult(messages, answer.raw, answer.batchId);
}
