import { jsonResponse } from '../../server/json-response';
import { smsafzarValidationError } from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { messageError, requiredError } from './smsafzar-validation';

/** `GET messages/received/recent?count=N` (1 to 100): the newest received messages first. */
export const handleReceivedRecent: SmsafzarHandler = ({ context, request }) => {
  const raw = request.query.get('count');
  if (raw === null || raw.trim() === '') throw smsafzarValidationError([requiredError('count')]);
  const count = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || count < 1 || count > 100) {
    throw smsafzarValidationError([messageError('count', '.مقدار فیلد [ تعداد ] می بایست بین 1 و 100 باشد')]);
  }
  const messages = context.inbound
    .all('smsafzar')
    .reverse()
    .slice(0, count)
    .map((message) => ({
      receivedMessageId: message.id,
      senderNumber: message.from,
      recipientNumber: message.to,
      content: message.text,
      receivedAt: message.receivedAt,
    }));
  return jsonResponse(200, { messages });
};
