import { formatLocalDateTime } from '../../clock/zoned-time';
import type { StoredMessage } from '../../store/stored-message';
import { SMSPARTNER_TIME_ZONE } from './read-schedule';
import { smspartnerAnswer, smspartnerFailure } from './smspartner-envelope';
import type { SmspartnerHandler, SmspartnerInput } from './smspartner-handler';
import { textParameter } from './smspartner-parameters';
import { describeNumber, toInternational } from './smspartner-numbers';
import { SMSPARTNER_STATUS_TEXT } from './smspartner-status-text';

const MULTI_STATUS_LIMIT = 500;

const lastChange = (record: StoredMessage): Date =>
  new Date(record.message.statusHistory.at(-1)?.at ?? record.message.createdAt);
const unixSeconds = (date: Date): string => String(Math.floor(date.getTime() / 1000));

function findRecord({ context }: SmspartnerInput, messageId: string, phoneNumber: string): StoredMessage | undefined {
  const wanted = toInternational(phoneNumber) ?? phoneNumber;
  return context.store
    .byId('smspartner', messageId)
    .find((record) => (toInternational(record.message.recipient) ?? record.message.recipient) === wanted);
}

/** `v1/message-status`: one recipient of one message; `statut` and a Paris local `date`, as the docs show. */
export const handleMessageStatus: SmspartnerHandler = (input) => {
  const { values, format, stopList } = input;
  const messageId = textParameter(values.messageId);
  const phoneNumber = textParameter(values.phoneNumber);
  if (messageId === undefined) throw smspartnerFailure(3, format);
  if (phoneNumber === undefined) throw smspartnerFailure(2, format);
  const record = findRecord(input, messageId, phoneNumber);
  if (!record) throw smspartnerFailure(4, format);
  const international = toInternational(record.message.recipient) ?? record.message.recipient;
  return smspartnerAnswer(
    200,
    {
      success: true,
      code: 200,
      number: record.message.recipient,
      messageId: record.message.id,
      stopSms: stopList.has(international),
      date: formatLocalDateTime(lastChange(record), SMSPARTNER_TIME_ZONE),
      statut: SMSPARTNER_STATUS_TEXT[record.message.status],
      cost: record.cost,
      countryCode: describeNumber(international).countryCode,
      currency: 'EUR',
    },
    format,
  );
};

/** `v1/multi-status`: `SMSStatut_List` of `{ phoneNumber, messageId }` (at most 500); unknown pairs get code 4. */
export const handleMultiStatus: SmspartnerHandler = (input) => {
  const { values, format, stopList } = input;
  // The docs' table says SMSStatus_List; every sample and the Go SDK send SMSStatut_List. Both are read.
  const list = values.SMSStatut_List ?? values.SMSStatus_List;
  if (!Array.isArray(list) || list.length === 0) throw smspartnerFailure(5, format, 'Liste de numéros vide');
  if (list.length > MULTI_STATUS_LIMIT) throw smspartnerFailure(50, format);
  const items = (list as unknown[]).map((item) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as {
      phoneNumber?: unknown;
      messageId?: unknown;
    };
    const phoneNumber = textParameter(entry.phoneNumber) ?? '';
    const messageId = textParameter(entry.messageId) ?? '';
    const idValue = /^\d+$/.test(messageId) ? Number(messageId) : messageId;
    const record = findRecord(input, messageId, phoneNumber);
    if (!record) return { success: false, code: 4, phoneNumber, messageId: idValue, status: 'Numéro introuvable' };
    return {
      success: true,
      code: 200,
      phoneNumber,
      messageId: idValue,
      status: SMSPARTNER_STATUS_TEXT[record.message.status],
      date: unixSeconds(lastChange(record)),
      stopSms: stopList.has(toInternational(phoneNumber) ?? phoneNumber) ? '1' : '0',
      isSpam: '0',
    };
  });
  return smspartnerAnswer(200, { success: true, code: 200, StatutResponse_List: items }, format);
};

/** `v1/bulk-status`: every recipient of one message id. */
export const handleBulkStatus: SmspartnerHandler = ({ context, values, format, stopList }) => {
  const messageId = textParameter(values.messageId);
  if (messageId === undefined) throw smspartnerFailure(3, format);
  const records = context.store.byId('smspartner', messageId);
  if (records.length === 0) throw smspartnerFailure(4, format);
  return smspartnerAnswer(
    200,
    {
      success: true,
      code: 200,
      message_id: messageId,
      StatutResponse_List: records.map((record) => {
        const phoneNumber = toInternational(record.message.recipient) ?? record.message.recipient;
        return {
          phoneNumber,
          status: SMSPARTNER_STATUS_TEXT[record.message.status],
          stopSMS: stopList.has(phoneNumber),
          date: unixSeconds(lastChange(record)),
        };
      }),
    },
    format,
  );
};
