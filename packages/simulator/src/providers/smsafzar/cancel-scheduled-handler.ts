import { jsonResponse } from '../../server/json-response';
import { SMSAFZAR_MESSAGES, smsafzarError } from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { toNationalMobile } from './smsafzar-numbers';

const CANCEL_WINDOW_MS = 30_000;

/**
 * `DELETE messages/send/scheduled/{batchId}`: deletes a scheduled batch and refunds it, up to 30 s before
 * its send time. An unknown, already sent or already deleted batch is 400/1106, and so is one inside the
 * 30 s window (no code is documented for that case; the message says why).
 */
export const handleCancelScheduled: SmsafzarHandler = ({ context, pathParameter }) => {
  const batchId = pathParameter ?? '';
  const records = context.store.all('smsafzar').filter((record) => record.message.batchId === batchId);
  if (records.length === 0 || records.some((record) => record.message.status !== 'scheduled')) {
    throw smsafzarError(400, 1106, SMSAFZAR_MESSAGES.batchInvalid);
  }
  const sendAt = Math.min(...records.map((record) => Date.parse(record.message.sendAt ?? '')));
  if (sendAt - context.controller.nowMs() < CANCEL_WINDOW_MS)
    throw smsafzarError(400, 1106, SMSAFZAR_MESSAGES.cancelWindowPassed);
  for (const record of records) {
    context.store.cancel(record);
    context.balances.refund('smsafzar', record.cost);
  }
  return jsonResponse(200, {
    batchId,
    messages: records.map(({ message }) => ({
      sentMessageId: message.id,
      senderNumber: message.sender ?? '',
      recipientNumber: toNationalMobile(message.recipient) ?? message.recipient,
      content: message.text,
    })),
  });
};
