import { SmsError, type BatchMessage, type SmsMessage, type TemplateMessage } from '@sms/core';
import { assertBatchMessages, assertSmsMessage, assertTemplateMessage } from '@sms/core/provider-utils';
import type { SmsJobOperation } from '../jobs/sms-job-data';
import type { CampaignContent, CampaignRecipient, CampaignRecipientEntry, PersonalisedMessage } from './campaign-types';

/** One job of a campaign: one provider request. */
export interface CampaignChunk {
  operation: SmsJobOperation;
  message: SmsMessage | TemplateMessage | BatchMessage[];
  recipients: number;
}

export interface ChunkLimits {
  /** Recipients of one text (or one template) per request. */
  perRequest: number;
  /** Personalised messages per request. */
  perBatch: number;
}

function invalid(message: string): SmsError {
  return new SmsError(message, { code: 'INVALID_INPUT' });
}

function entryOf(recipient: CampaignRecipient, position: number): CampaignRecipientEntry {
  if (typeof recipient === 'string') return { to: recipient };
  if (typeof recipient === 'object' && recipient !== null && typeof recipient.to === 'string') {
    if (recipient.text !== undefined && typeof recipient.text !== 'string')
      throw invalid(`Campaign recipient ${position}: \`text\` must be a string.`);
    if (recipient.params !== undefined && (typeof recipient.params !== 'object' || recipient.params === null))
      throw invalid(`Campaign recipient ${position}: \`params\` must be an object of strings.`);
    return recipient;
  }
  throw invalid(`Campaign recipient ${position} must be a phone number or { to, params?, text? }.`);
}

function personalised(entry: CampaignRecipientEntry, written: PersonalisedMessage, position: number): BatchMessage {
  if (typeof written === 'string') return { to: entry.to, text: written };
  if (typeof written === 'object' && written !== null && typeof written.text === 'string') {
    const message: BatchMessage = { to: entry.to, text: written.text };
    if (written.from !== undefined) message.from = written.from;
    if (written.reference !== undefined) message.reference = written.reference;
    return message;
  }
  throw invalid(
    `The campaign's message function returned no text for recipient ${position}; return a string or { text }.`,
  );
}

function withCommon<Message extends object>(
  message: Message,
  from: string | undefined,
  reference: string | undefined,
  sendAt: Date | undefined,
): Message {
  const complete: Record<string, unknown> = { ...(message as Record<string, unknown>) };
  if (from !== undefined) complete.from = from;
  if (reference !== undefined) complete.reference = reference;
  if (sendAt !== undefined) complete.sendAt = sendAt;
  return complete as Message;
}

/**
 * Reads the recipients as they come and yields provider-sized chunks in a fixed order, so the same input always
 * gives the same chunks (and so the same job ids). At most one chunk's recipients are held at a time.
 * Recipients with their own template `params` are a chunk each: a template request has one set of params.
 * `sendAt` is set on the messages only when the provider holds them.
 */
export async function* campaignChunks(
  recipients: Iterable<CampaignRecipient> | AsyncIterable<CampaignRecipient>,
  content: CampaignContent,
  limits: ChunkLimits,
  sendAt: Date | undefined,
): AsyncGenerator<CampaignChunk> {
  let pending: CampaignRecipientEntry[] = [];
  let pendingPersonal = false;
  let position = 0;

  const chunkOf = async (entries: CampaignRecipientEntry[], personal: boolean): Promise<CampaignChunk> => {
    const first = position - entries.length;
    if (typeof content === 'function') {
      const messages: BatchMessage[] = [];
      for (const [offset, entry] of entries.entries())
        messages.push(
          withCommon(personalised(entry, await content(entry), first + offset), undefined, undefined, sendAt),
        );
      assertBatchMessages(messages);
      return { operation: 'sendBatch', message: messages, recipients: messages.length };
    }
    if ('template' in content) {
      const params = { ...content.params, ...entries[0]?.params };
      const message: TemplateMessage = withCommon(
        { to: entries.map((entry) => entry.to), template: content.template, params },
        content.from,
        content.reference,
        sendAt,
      );
      assertTemplateMessage(message);
      return { operation: 'sendTemplate', message, recipients: entries.length };
    }
    if (personal) {
      const messages = entries.map((entry) =>
        withCommon({ to: entry.to, text: entry.text ?? content.text }, content.from, content.reference, sendAt),
      );
      assertBatchMessages(messages);
      return { operation: 'sendBatch', message: messages, recipients: messages.length };
    }
    const message: SmsMessage = withCommon(
      { to: entries.map((entry) => entry.to), text: content.text },
      content.from,
      content.reference,
      sendAt,
    );
    assertSmsMessage(message);
    return { operation: 'send', message, recipients: entries.length };
  };

  const limitOf = (personal: boolean): number =>
    personal || typeof content === 'function' ? limits.perBatch : limits.perRequest;

  for await (const recipient of recipients) {
    const entry = entryOf(recipient, position);
    position += 1;
    if (typeof content === 'object' && 'template' in content) {
      if (entry.text !== undefined)
        throw invalid(`Campaign recipient ${position - 1} has its own text, but the campaign sends a template.`);
      if (entry.params !== undefined && Object.keys(entry.params).length > 0) {
        // Its own chunk; the chunk being filled goes on after it.
        yield await chunkOf([entry], false);
        continue;
      }
    }
    const personal = typeof content === 'object' && 'text' in content && entry.text !== undefined;
    if (pending.length >= limitOf(pendingPersonal || personal)) {
      yield await chunkOf(pending, pendingPersonal);
      pending = [];
      pendingPersonal = false;
    }
    pending.push(entry);
    pendingPersonal ||= personal;
    if (pending.length >= limitOf(pendingPersonal)) {
      yield await chunkOf(pending, pendingPersonal);
      pending = [];
      pendingPersonal = false;
    }
  }
  if (pending.length > 0) yield await chunkOf(pending, pendingPersonal);
}
