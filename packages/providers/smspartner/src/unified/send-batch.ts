import { type BatchMessage, type CallOptions, type SendResult, type SentMessage, SmsError } from '@sms/core';
import {
  assertBatchMessages,
  assertSendAt,
  prepareRecipients,
  readInteger,
  readNumber,
  readRecordList,
  readString,
  sendInChunks,
} from '@sms/core/provider-utils';
import { assertSender } from '../native/assert-sender';
import { assertTag } from '../native/assert-tag';
import type { SmsPartnerBulkSendItemAnswer, SmsPartnerSendFields } from '../native/send-api-types';
import { toSmsPartnerSchedule } from '../native/to-sms-partner-schedule';
import { meaningOfSmsPartnerCode } from '../sms-partner-errors';
import { SMS_PARTNER_MAX_NUMBERS_PER_REQUEST } from '../sms-partner-provider';
import { messageIdOf } from './message-id-of';
import { toChunkResult } from './to-chunk-result';
import type { SmsPartnerUnifiedContext } from './sms-partner-unified-context';

interface PreparedItem {
  to: string;
  text: string;
}

function sameValue(values: readonly (string | number | undefined)[]): boolean {
  return values.every((value) => value === values[0]);
}

function itemError(context: SmsPartnerUnifiedContext, item: SmsPartnerBulkSendItemAnswer): SmsError {
  const code = readInteger(item, 'code');
  const meaning = code === undefined ? undefined : meaningOfSmsPartnerCode(code, 'send');
  const message = readString(item, 'message');
  const detail = message === undefined || message === '' ? '' : `: ${message}`;
  return new SmsError(
    `SMS Partner did not send this message of the batch (code ${code ?? 'missing'}${detail})${meaning === undefined ? '' : `: ${meaning.problem}`}.`,
    {
      code: meaning?.code ?? 'PROVIDER_ERROR',
      provider: context.id,
      outcome: 'not-sent',
      ...(code === undefined ? {} : { providerCode: code }),
    },
  );
}

/**
 * The unified batch: `v1/bulk-send` in chunks of 500. SMS Partner takes one sender, one schedule and one
 * tag per request, so every message of a batch must share `from`, `sendAt` and `reference`.
 */
export async function sendBatch(
  context: SmsPartnerUnifiedContext,
  batch: readonly BatchMessage[],
  options?: CallOptions,
): Promise<SendResult> {
  const { id, native } = context;
  assertBatchMessages(batch, id);
  const items: PreparedItem[] = batch.map((message) => {
    if (message.sendAt !== undefined) assertSendAt(message.sendAt, id);
    return { to: prepareRecipients(message.to, id, context.defaultCountry)[0]!, text: message.text };
  });
  const mismatch = [
    ['from', batch.map((message) => message.from)],
    ['sendAt', batch.map((message) => message.sendAt?.getTime())],
    ['reference', batch.map((message) => message.reference)],
  ].find(([, values]) => !sameValue(values as (string | number | undefined)[]));
  if (mismatch !== undefined) {
    throw new SmsError(
      `SMS Partner's bulk send takes one sender, one send time and one tag per request, but the messages of this batch differ in \`${String(mismatch[0])}\`. ` +
        'Send one batch per sender, send time and reference. Nothing was sent.',
      { code: 'INVALID_INPUT', provider: id },
    );
  }
  const first = batch[0]!;
  const fields: SmsPartnerSendFields = {};
  if (first.from !== undefined) fields.sender = assertSender(first.from, id);
  if (first.reference !== undefined) fields.tag = assertTag(first.reference, id);
  let sendAt: Date | undefined;
  if (first.sendAt !== undefined) {
    const schedule = toSmsPartnerSchedule(first.sendAt, {
      provider: id,
      ...(context.roundSendAt === undefined ? {} : { round: context.roundSendAt }),
    });
    fields.scheduledDeliveryDate = schedule.scheduledDeliveryDate;
    fields.time = schedule.time;
    fields.minute = schedule.minute;
    sendAt = schedule.sendAt;
  }
  const status = sendAt === undefined ? 'queued' : 'scheduled';

  const result = await sendInChunks({
    provider: id,
    items,
    size: SMS_PARTNER_MAX_NUMBERS_PER_REQUEST,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (item) => item.to,
    send: async (chunk) => {
      const answer = await native.bulkSend(
        { ...fields, SMSList: chunk.map((item) => ({ phoneNumber: item.to, message: item.text })) },
        options,
      );
      const messageId = messageIdOf(context.transport.http, answer, 'v1/bulk-send');
      const answers = readRecordList(answer, 'SMSResponse_List') as SmsPartnerBulkSendItemAnswer[];
      const messages = chunk.map((item, index): SentMessage => {
        // Answers come in request order; matching by phone number covers an answer that skipped an entry.
        const positional = answers[index];
        const entry =
          positional !== undefined && (positional.phoneNumber === undefined || positional.phoneNumber === item.to)
            ? positional
            : answers.find((candidate) => candidate.phoneNumber === item.to);
        if (entry?.success === false) {
          const error = itemError(context, entry);
          return {
            to: item.to,
            batchId: messageId,
            status: error.code === 'INVALID_RECIPIENT' ? 'rejected' : 'failed',
            error,
            ...(error.providerCode === undefined ? {} : { providerStatus: error.providerCode }),
          };
        }
        const sent: SentMessage = { to: item.to, id: messageId, batchId: messageId, status };
        const segments = readInteger(entry, 'nbSms');
        if (segments !== undefined) sent.segments = segments;
        const cost = readNumber(entry, 'cost');
        if (cost !== undefined) sent.cost = cost;
        return sent;
      });
      return toChunkResult(messages, answer, messageId);
    },
  });
  if (sendAt !== undefined) result.sendAt = sendAt;
  return result;
}
