import { jsonResponse } from '../../server/json-response';
import { acceptSmsafzarMessages, checkRecipient, checkSender, readSendTimestamp } from './accept-smsafzar-messages';
import { readJsonBody } from './read-json-body';
import { smsafzarValidationError } from './smsafzar-errors';
import type { ValidationError } from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { smsafzarMessageObject } from './smsafzar-message-object';
import { invalidError, messageError, requiredError, textValue } from './smsafzar-validation';

export const SMSAFZAR_BULK_LIMIT = 100;

/** `messages/send`: one text, one sender, one recipient. */
export const handleSend: SmsafzarHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const lines = context.settings.lines.smsafzar;
  const senderNumber = textValue(body.senderNumber);
  const recipientNumber = textValue(body.recipientNumber);
  const content = typeof body.content === 'string' && body.content !== '' ? body.content : undefined;
  const errors: ValidationError[] = [];
  if (senderNumber === undefined) errors.push(requiredError('senderNumber'));
  if (recipientNumber === undefined) errors.push(requiredError('recipientNumber'));
  if (content === undefined) errors.push(requiredError('content'));
  checkSender(senderNumber, 'senderNumber', lines, errors);
  checkRecipient(recipientNumber, 'recipientNumber', errors);
  const sendAtMs = readSendTimestamp(body.sendTimestamp, context.controller.nowMs(), errors);
  if (errors.length > 0 || senderNumber === undefined || recipientNumber === undefined || content === undefined) {
    throw smsafzarValidationError(errors);
  }
  const [record] = acceptSmsafzarMessages(
    context,
    [{ sender: senderNumber, recipient: recipientNumber, text: content }],
    sendAtMs,
  );
  if (!record) throw new Error('no message recorded');
  return jsonResponse(200, { batchId: record.message.batchId, message: smsafzarMessageObject(record) });
};

/** A JSON array of strings or numbers; undefined (with an error) otherwise. */
function readList(value: unknown, field: string, errors: ValidationError[]): string[] | undefined {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    errors.push(requiredError(field));
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.push(invalidError(field));
    return undefined;
  }
  return value.map((element, index) => {
    const text = typeof element === 'number' ? String(element) : typeof element === 'string' ? element : undefined;
    if (text === undefined || text.trim() === '') errors.push(requiredError(`${field}[${index}]`));
    return text ?? '';
  });
}

/**
 * `messages/send/bulk`: `senderNumbers`, `recipientNumbers` and `contents` line up element by element;
 * a one-element array applies to every message (the seven combinations of the docs). At most 100.
 */
export const handleSendBulk: SmsafzarHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const lines = context.settings.lines.smsafzar;
  const errors: ValidationError[] = [];
  const senders = readList(body.senderNumbers, 'senderNumbers', errors);
  const recipients = readList(body.recipientNumbers, 'recipientNumbers', errors);
  const contents = readList(body.contents, 'contents', errors);
  const sendAtMs = readSendTimestamp(body.sendTimestamp, context.controller.nowMs(), errors);
  if (!senders || !recipients || !contents || errors.length > 0) throw smsafzarValidationError(errors);
  const count = Math.max(senders.length, recipients.length, contents.length);
  for (const [field, list] of [
    ['senderNumbers', senders],
    ['recipientNumbers', recipients],
    ['contents', contents],
  ] as const) {
    if (list.length !== 1 && list.length !== count)
      errors.push(messageError(field, '.تعداد عناصر آرایه ها با یکدیگر تطابق ندارد'));
  }
  if (count > SMSAFZAR_BULK_LIMIT)
    errors.push(
      messageError('recipientNumbers', `.حداکثر تعداد پیام ها در هر درخواست ${SMSAFZAR_BULK_LIMIT} عدد می باشد`),
    );
  if (errors.length > 0) throw smsafzarValidationError(errors);
  senders.forEach((sender, index) => checkSender(sender, `senderNumbers[${index}]`, lines, errors));
  recipients.forEach((recipient, index) => checkRecipient(recipient, `recipientNumbers[${index}]`, errors));
  if (errors.length > 0) throw smsafzarValidationError(errors);
  const pick = (list: string[], index: number): string => (list.length === 1 ? (list[0] ?? '') : (list[index] ?? ''));
  const records = acceptSmsafzarMessages(
    context,
    Array.from({ length: count }, (_, index) => ({
      sender: pick(senders, index),
      recipient: pick(recipients, index),
      text: pick(contents, index),
    })),
    sendAtMs,
  );
  return jsonResponse(200, { batchId: records[0]?.message.batchId, messages: records.map(smsafzarMessageObject) });
};
