import type { CallOptions } from '@sms/core';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import { assignDefined } from './assign-defined';
import type { SmsAfzarMessageStatus, SmsAfzarStatusAnswer } from './messages-api-types';
import { readAnswer } from './read-answer';
import { pick, readDate, readInteger, readObjectList, readString } from './read-fields';

/** Most ids per `messages/status` request. */
export const MAX_STATUS_IDS = 100;

/** `POST messages/status` with `{ sentMessageIdes }` (SMSAfzar's spelling) → `{ messages }`. */
export async function postStatus(transport: SmsAfzarTransport, sentMessageIds: readonly string[], options?: CallOptions): Promise<SmsAfzarStatusAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/status', json: { sentMessageIdes: [...sentMessageIds] } }, options);
  const object = readAnswer(transport.http, response);
  const messages = readObjectList(pick(object, 'messages')).map((item) =>
    assignDefined<SmsAfzarMessageStatus>(
      { raw: item },
      {
        sentMessageId: readString(pick(item, 'sentMessageId', 'messageId', 'id')),
        recipientNumber: readString(pick(item, 'recipientNumber')),
        messageStatus: readInteger(pick(item, 'messageStatus', 'status')),
        statusDate: readDate(pick(item, 'statusDate', 'date')),
      },
    ),
  );
  return { messages, raw: object };
}
