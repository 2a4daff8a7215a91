import { analyzeText, SmsError, type BatchMessage, type CallOptions, type SendResult } from '@sms/core';
import { assertBatchMessages, splitIntoChunks } from '@sms/core/provider-utils';
import { postSendPairToPair, postSendSingle } from '../native/create-gateway-sms-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import { assertLineNumber } from '../native/ghasedak-inputs';
import { toGhasedakRecipients } from '../native/ghasedak-recipients';
import { checkSendOptions } from './check-send-options';
import { matchGatewayResults, type RequestedMessage } from './match-gateway-results';
import { sendBatchRequests, type BatchRequest } from './send-batch-requests';

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
    const { sendDate, reference, status } = checkSendOptions(message, provider, `messages[${index}].reference`);
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
      status,
      segments: analyzeText(message.text).segments,
    };
  });

  const requests: BatchRequest[] = [];
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
  return sendBatchRequests(context, requests, entries);
}
