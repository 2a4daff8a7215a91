import { analyzeText, SmsError, type BatchMessage, type CallOptions, type SendResult } from '@sms/core';
import { assertBatchMessages, splitIntoChunks } from '@sms/core/provider-utils';
import { postSendBulk, postSendSimple } from '../native/create-sms-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { assertLineNumber, assertListValue, assertSendDate, GHASEDAK_MAX_LIST_SIZE } from '../native/ghasedak-inputs';
import { toGhasedakRecipients } from '../native/ghasedak-recipients';
import { sendBatchRequests, type BatchRequest } from './send-batch-requests';
import { toSentMessages, type PendingDetails } from './to-sent-messages';

interface BatchEntry {
  index: number;
  e164: string;
  wire: string;
  text: string;
  lineNumber: string | undefined;
  sendDate: Date | undefined;
  checkId: string | undefined;
}

/** Ghasedak's checkid names one SMS, so two messages of a batch cannot share a reference. */
function assertDistinctCheckIds(entries: readonly BatchEntry[], provider: string): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.checkId === undefined) continue;
    if (seen.has(entry.checkId)) {
      throw new SmsError(
        `messages[${entry.index}].reference for ${provider} repeats ${JSON.stringify(entry.checkId)}: Ghasedak's checkid must be unique per message, so give each message its own reference. Nothing was sent.`,
        { code: 'INVALID_INPUT', provider },
      );
    }
    seen.add(entry.checkId);
  }
}

/**
 * `sendBatch`: `sms/send/bulk` in requests of at most 100. The server splits bulk lists on commas (and trims
 * the items), so a text with a comma or surrounding whitespace (or a message with no sender line at all,
 * which bulk requires) goes through `sms/send/simple` instead; the result still has one entry per message,
 * in input order.
 */
export async function sendBatch(
  context: GhasedakContext,
  batch: readonly BatchMessage[],
  options: CallOptions = {},
): Promise<SendResult> {
  const { provider, transport } = context;
  assertBatchMessages(batch, provider);
  const recipients = toGhasedakRecipients(
    batch.map((message) => message.to),
    provider,
    'iranian-mobile',
  );
  const entries: BatchEntry[] = batch.map((message, index) => ({
    index,
    e164: recipients.e164[index]!,
    wire: recipients.wire[index]!,
    text: message.text,
    lineNumber:
      message.from === undefined
        ? context.lineNumber
        : assertLineNumber(message.from, provider, `messages[${index}].from`),
    sendDate: message.sendAt === undefined ? undefined : assertSendDate(message.sendAt, provider),
    checkId:
      message.reference === undefined
        ? undefined
        : assertListValue(message.reference, provider, `messages[${index}].reference`),
  }));
  assertDistinctCheckIds(entries, provider);

  const detailsOf = (entry: BatchEntry): PendingDetails => ({
    status: entry.sendDate === undefined ? 'queued' : 'scheduled',
    segments: analyzeText(entry.text).segments,
  });
  const requests: BatchRequest[] = [];
  // Bulk lines its lists up by position, so one request carries send dates and check ids for all its messages or for none.
  const bulkGroups = new Map<string, BatchEntry[]>();
  for (const entry of entries) {
    // The server splits bulk lists on commas and trims each item, so a text with a comma or with leading or
    // trailing whitespace would not arrive as written: those go through `sms/send/simple`.
    if (entry.text.includes(',') || entry.text !== entry.text.trim() || entry.lineNumber === undefined) {
      requests.push({
        indices: [entry.index],
        send: async () => {
          const response = await postSendSimple(
            transport,
            {
              message: entry.text,
              receptor: entry.wire,
              ...(entry.lineNumber === undefined ? {} : { lineNumber: entry.lineNumber }),
              ...(entry.sendDate === undefined ? {} : { sendDate: entry.sendDate }),
              ...(entry.checkId === undefined ? {} : { checkId: entry.checkId }),
            },
            options,
          );
          const checkIds = entry.checkId === undefined ? undefined : [entry.checkId];
          return {
            messages: toSentMessages(provider, [entry.e164], response.messageIds, detailsOf(entry), checkIds),
            raw: response.raw,
          };
        },
      });
      continue;
    }
    const key = `${entry.sendDate === undefined ? '-' : 'date'}|${entry.checkId === undefined ? '-' : 'check'}`;
    const group = bulkGroups.get(key) ?? [];
    group.push(entry);
    bulkGroups.set(key, group);
  }
  for (const group of bulkGroups.values()) {
    for (const chunk of splitIntoChunks(group, GHASEDAK_MAX_LIST_SIZE)) {
      requests.push({
        indices: chunk.map((entry) => entry.index),
        send: async () => {
          const sendDates = chunk[0]!.sendDate === undefined ? undefined : chunk.map((entry) => entry.sendDate!);
          const checkIds = chunk[0]!.checkId === undefined ? undefined : chunk.map((entry) => entry.checkId!);
          const response = await postSendBulk(
            transport,
            {
              messages: chunk.map((entry) => entry.text),
              receptors: chunk.map((entry) => entry.wire),
              lineNumbers: chunk.map((entry) => entry.lineNumber!),
              ...(sendDates === undefined ? {} : { sendDates }),
              ...(checkIds === undefined ? {} : { checkIds }),
            },
            options,
          );
          const messages = toSentMessages(
            provider,
            chunk.map((entry) => entry.e164),
            response.messageIds,
            chunk.map(detailsOf),
            checkIds,
          );
          return { messages, raw: response.raw };
        },
      });
    }
  }
  return sendBatchRequests(
    context,
    requests,
    entries.map((entry) => ({ to: entry.e164, reference: entry.checkId, sendDate: entry.sendDate })),
  );
}
