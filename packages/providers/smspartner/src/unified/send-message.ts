import { type CallOptions, type SendResult, type SentMessage, type SmsMessage } from '@sms/core';
import { assertSmsMessage, prepareRecipients, readInteger, readNumber, sendInChunks } from '@sms/core/provider-utils';
import { assertSender } from '../native/assert-sender';
import { assertTag } from '../native/assert-tag';
import { buildSendFields } from '../native/build-send-fields';
import type { SmsPartnerSendAnswer, SmsPartnerSendFields } from '../native/send-api-types';
import { toSmsPartnerSchedule } from '../native/to-sms-partner-schedule';
import { SMS_PARTNER_MAX_NUMBERS_PER_REQUEST } from '../sms-partner-provider';
import { messageIdOf } from './message-id-of';
import { readMessageOptions } from './read-message-options';
import { toChunkResult } from './to-chunk-result';
import type { SmsPartnerUnifiedContext } from './sms-partner-unified-context';

function segmentsPerRecipient(total: number | undefined, recipients: number): number | undefined {
  if (total === undefined || total <= 0 || total % recipients !== 0) return undefined;
  return total / recipients;
}

/**
 * The unified send: checks everything, then sends `v1/send` in chunks of 500 numbers. One `message_id`
 * covers a whole chunk, so every recipient of a chunk gets that id as both `id` and `batchId`.
 */
export async function sendMessage(
  context: SmsPartnerUnifiedContext,
  message: SmsMessage,
  options?: CallOptions,
): Promise<SendResult> {
  const { id, transport } = context;
  assertSmsMessage(message, id);
  const messageOptions = readMessageOptions(message.providerOptions, id);
  const fields: SmsPartnerSendFields = {};
  if (message.from !== undefined) fields.sender = assertSender(message.from, id);
  if (message.reference !== undefined) fields.tag = assertTag(message.reference, id);
  let sendAt: Date | undefined;
  if (message.sendAt !== undefined) {
    const round = messageOptions.roundSendAt ?? context.roundSendAt;
    const schedule = toSmsPartnerSchedule(message.sendAt, { provider: id, ...(round === undefined ? {} : { round }) });
    fields.scheduledDeliveryDate = schedule.scheduledDeliveryDate;
    fields.time = schedule.time;
    fields.minute = schedule.minute;
    sendAt = schedule.sendAt;
  }
  if (messageOptions.gamme !== undefined) fields.gamme = messageOptions.gamme;
  if (messageOptions.isStopSms !== undefined) fields.isStopSms = messageOptions.isStopSms;
  if (messageOptions.unicode !== undefined) fields.isUnicode = messageOptions.unicode;
  if (messageOptions.sandbox !== undefined) fields.sandbox = messageOptions.sandbox;
  if (messageOptions.urlDlr !== undefined) fields.urlDlr = messageOptions.urlDlr;
  if (messageOptions.urlResponse !== undefined) fields.urlResponse = messageOptions.urlResponse;
  const wireFields = buildSendFields(fields, context.defaults, [message.text], id);
  const recipients = prepareRecipients(message.to, id, context.defaultCountry);
  const status = sendAt === undefined ? 'queued' : 'scheduled';

  const result = await sendInChunks({
    provider: id,
    items: recipients,
    size: SMS_PARTNER_MAX_NUMBERS_PER_REQUEST,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (recipient) => recipient,
    send: async (chunk) => {
      // The numbers and fields were checked once above; each request only lists its own numbers.
      const answer = await transport.post<SmsPartnerSendAnswer>(
        'v1/send',
        'send',
        { phoneNumbers: chunk.join(','), message: message.text, ...wireFields },
        options,
      );
      const messageId = messageIdOf(transport.http, answer, 'v1/send');
      const segments = segmentsPerRecipient(readInteger(answer, 'nb_sms'), chunk.length);
      const cost = chunk.length === 1 ? readNumber(answer, 'cost') : undefined;
      const messages = chunk.map((to): SentMessage => {
        const sent: SentMessage = { to, id: messageId, batchId: messageId, status };
        if (segments !== undefined) sent.segments = segments;
        if (cost !== undefined) sent.cost = cost;
        return sent;
      });
      return toChunkResult(messages, answer, messageId);
    },
  });
  if (sendAt !== undefined) result.sendAt = sendAt;
  return result;
}
