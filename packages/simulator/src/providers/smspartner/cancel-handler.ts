import { smspartnerAnswer, smspartnerFailure } from './smspartner-envelope';
import type { SmspartnerHandler } from './smspartner-handler';
import { textParameter } from './smspartner-parameters';

const CANCEL_WINDOW_MS = 5 * 60_000;

/**
 * `v1/message-cancel`: cancels a scheduled send (every recipient of the message id) and refunds it.
 * Codes of the seed: 3 id required, 4 not found, 5 already canceled, 6 less than 5 minutes before, 7 already sent.
 */
export const handleCancel: SmspartnerHandler = ({ context, values, format }) => {
  const messageId = textParameter(values.messageId);
  if (messageId === undefined) throw smspartnerFailure(3, format);
  const records = context.store.byId('smspartner', messageId);
  if (records.length === 0) throw smspartnerFailure(4, format);
  if (records.every((record) => record.message.status === 'canceled')) throw smspartnerFailure(5, format);
  if (records.some((record) => record.message.status !== 'scheduled')) throw smspartnerFailure(7, format);
  const sendAt = Math.min(...records.map((record) => Date.parse(record.message.sendAt ?? '')));
  if (sendAt - context.controller.nowMs() < CANCEL_WINDOW_MS) throw smspartnerFailure(6, format);
  for (const record of records) {
    context.store.cancel(record);
    context.balances.refund('smspartner', record.cost);
  }
  return smspartnerAnswer(200, { success: true, code: 200, message: "L'envoi du SMS a été annulé." }, format);
};
