import { analyzeText, SmsError, type BatchMessage, type CallOptions, type SendResult } from '@sms/core';
import {
  assertBatchMessages,
  sendRequestsInOrder,
  splitIntoChunks,
  type OrderedRequest,
} from '@sms/core/provider-utils';
import { postSendPairToPair, postSendSingle } from '../native/create-gateway-sms-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import { assertLineNumber, assertListValue, assertSendDate } from '../native/ghasedak-inputs';
import { toGhasedakRecipients } from '../native/ghasedak-recipients';
import { matchGatewayResults, type RequestedMessage } from './match-gateway-results';

interface BatchEntry extends RequestedMessage {
  index: number;
  wire: string;
  text: string;
  lineNumber: string | undefined;
  sendDate: Date | undefined;
}

/**
 * `sendBatch` on the gateway: `SendPairToPairSMS` in requests of `gatewayChunkSize`, each message with its
 * own text, sender line, send time and client reference id (JSON, so commas in texts are fine). A message
 * with no sender line at all goes through `SendSingleSMS`, which lets the server pick the line. The result
 * has one entry per message, in input order; answers are matched by reference or recipient, not position.
 */
export async function gatewaySendBatch(
  context: GhasedakGatewayContext,
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
  const seen = new Set<string>();
  const entries: BatchEntry[] = batch.map((message, index) => {
    const sendDate = message.sendAt === undefined ? undefined : assertSendDate(message.sendAt, provider);
    const reference =
      message.reference === undefined
        ? undefined
        : assertListValue(message.reference, provider, `messages[${index}].reference`);
    if (reference !== undefined) {
      if (seen.has(reference)) {
        throw new SmsError(
          `messages[${index}].reference for ${provider} repeats ${JSON.stringify(reference)}: a client reference id names one message, so give each message its own reference. Nothing was sent.`,
          { code: 'INVALID_INPUT', provider },
        );
      }
      seen.add(reference);
    }
    return {
      index,
      to: recipients.e164[index]!,
      wire: recipients.wire[index]!,
      text: message.text,
      reference,
      lineNumber:
        message.from === undefined
          ? context.lineNumber
          : assertLineNumber(message.from, provider, `messages[${index}].from`),
      sendDate,
      status: sendDate === undefined ? 'queued' : 'scheduled',
      segments: analyzeText(message.text).segments,
    };
  });

  const requests: (OrderedRequest & { indices: readonly number[] })[] = [];
  const paired: BatchEntry[] = [];
  for (const entry of entries) {
    if (entry.lineNumber !== undefined) {
      paired.push(entry);
      continue;
    }
    requests.push({
      indices: [entry.index],
      send: async () => {
        const response = await postSendSingle(
          transport,
          {
            message: entry.text,
            receptor: entry.wire,
            sendDate: entry.sendDate,
            clientReferenceId: entry.reference,
          },
          options,
        );
        return { messages: matchGatewayResults(provider, [entry], [response]), raw: response.raw };
      },
    });
  }
  for (const chunk of splitIntoChunks(paired, context.chunkSize)) {
    requests.push({
      indices: chunk.map((entry) => entry.index),
      send: async () => {
        const response = await postSendPairToPair(
          transport,
          {
            items: chunk.map((entry) => ({
              lineNumber: entry.lineNumber!,
              receptor: entry.wire,
              message: entry.text,
              clientReferenceId: entry.reference,
              sendDate: entry.sendDate,
            })),
          },
          options,
        );
        return { messages: matchGatewayResults(provider, chunk, response.items), raw: response.raw };
      },
    });
  }
  // Send in input order as far as possible, so a failure stops the later messages rather than the earlier ones.
  requests.sort((left, right) => left.indices[0]! - right.indices[0]!);

  const result = await sendRequestsInOrder({
    provider,
    total: entries.length,
    requests,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    recipientOf: (index) => entries[index]!.to,
    referenceOf: (index) => entries[index]!.reference,
  });
  const sendDates = new Set(entries.map((entry) => entry.sendDate?.getTime()));
  const [onlyDate] = sendDates;
  if (sendDates.size === 1 && onlyDate !== undefined) result.sendAt = new Date(onlyDate);
  return result;
}
