import { analyzeText, type CallOptions, type SendResult, type SmsMessage } from '@sms/core';
import { assertSmsMessage, sendInChunks } from '@sms/core/provider-utils';
import { postSendBulk, postSendPairToPair, postSendSingle } from '../native/create-gateway-sms-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';
import { assertLineNumber } from '../native/ghasedak-inputs';
import { checkGhasedakRecipients, toGhasedakNumber } from '../native/ghasedak-recipients';
import { checkIdOf } from './check-id-of';
import { checkSendOptions } from './check-send-options';
import { matchGatewayResults, type RequestedMessage } from './match-gateway-results';

/**
 * `send` on the gateway: `SendSingleSMS` for one recipient; for more, `SendBulkSMS` in requests of
 * `gatewayChunkSize`. Bulk takes one client reference id per request, so a send with a `reference` goes
 * through `SendPairToPairSMS` instead, each message with its own id (`reference-1`, `reference-2`, … as for
 * v2's checkid), or one `SendSingleSMS` per recipient when no sender line is known (pair-to-pair needs one).
 */
export async function gatewaySendMessage(
  context: GhasedakGatewayContext,
  message: SmsMessage,
  options: CallOptions = {},
): Promise<SendResult> {
  const { provider, transport } = context;
  assertSmsMessage(message, provider);
  const recipients = checkGhasedakRecipients(message.to, provider, 'iranian-mobile');
  const lineNumber = message.from === undefined ? context.lineNumber : assertLineNumber(message.from, provider, 'from');
  const { sendDate, reference, status } = checkSendOptions(message, provider);
  const segments = analyzeText(message.text).segments;
  const count = recipients.length;
  const referenceAt = (index: number): string | undefined =>
    reference === undefined ? undefined : checkIdOf(reference, count, index);
  const requestedAt = (to: string, index: number): RequestedMessage => ({
    to,
    reference: referenceAt(index),
    status,
    segments,
  });

  const single = async (to: string, index: number) => {
    const response = await postSendSingle(
      transport,
      {
        message: message.text,
        receptor: toGhasedakNumber(to),
        lineNumber,
        sendDate,
        clientReferenceId: referenceAt(index),
      },
      options,
    );
    return { messages: matchGatewayResults(provider, [requestedAt(to, index)], [response]), raw: response.raw };
  };

  let result: SendResult;
  if (count === 1) {
    result = { provider, ...(await single(recipients[0]!, 0)) };
  } else {
    const size = reference !== undefined && lineNumber === undefined ? 1 : context.chunkSize;
    result = await sendInChunks({
      provider,
      items: recipients,
      size,
      ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
      recipientOf: (e164) => e164,
      ...(reference === undefined ? {} : { referenceOf: (index: number) => checkIdOf(reference, count, index) }),
      send: async (chunk, chunkIndex) => {
        const start = chunkIndex * size;
        if (reference === undefined) {
          const response = await postSendBulk(
            transport,
            { message: message.text, receptors: chunk.map(toGhasedakNumber), lineNumber, sendDate },
            options,
          );
          const requested = chunk.map((to, offset) => requestedAt(to, start + offset));
          return { messages: matchGatewayResults(provider, requested, response.receptors), raw: response.raw };
        }
        if (lineNumber === undefined) return single(chunk[0]!, start);
        const requested = chunk.map((to, offset) => requestedAt(to, start + offset));
        const response = await postSendPairToPair(
          transport,
          {
            items: requested.map((item) => ({
              lineNumber,
              receptor: toGhasedakNumber(item.to),
              message: message.text,
              clientReferenceId: item.reference,
              sendDate,
            })),
          },
          options,
        );
        return { messages: matchGatewayResults(provider, requested, response.items), raw: response.raw };
      },
    });
  }
  if (sendDate !== undefined) result.sendAt = sendDate;
  return result;
}
