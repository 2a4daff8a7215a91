import { jsonResponse } from '../../server/json-response';
import { readJsonBody } from './read-json-body';
import { smsafzarValidationError } from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { toNationalMobile } from './smsafzar-numbers';
import { SMSAFZAR_STATUS_CODES } from './smsafzar-status-code';
import { invalidError, messageError, requiredError } from './smsafzar-validation';

const STATUS_LIMIT = 100;

/** `messages/status`: `{ sentMessageIdes }` (at most 100); unknown ids are left out of the answer. */
export const handleStatus: SmsafzarHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const ids = body.sentMessageIdes;
  if (ids === undefined || ids === null || (Array.isArray(ids) && ids.length === 0))
    throw smsafzarValidationError([requiredError('sentMessageIdes')]);
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
    throw smsafzarValidationError([invalidError('sentMessageIdes')]);
  if (ids.length > STATUS_LIMIT)
    throw smsafzarValidationError([messageError('sentMessageIdes', '.حداکثر تعداد شناسه های پیام 100 عدد می باشد')]);
  const records = context.store.all('smsafzar');
  const messages = (ids as string[]).flatMap((id) => {
    const record = records.find((candidate) => candidate.message.id === id);
    if (!record) return [];
    const { message } = record;
    return [
      {
        sentMessageId: message.id,
        recipientNumber: toNationalMobile(message.recipient) ?? message.recipient,
        messageStatus: SMSAFZAR_STATUS_CODES[message.status],
        statusDate: message.statusHistory.at(-1)?.at ?? message.createdAt,
      },
    ];
  });
  return jsonResponse(200, { messages });
};
