import type { CallOptions } from '@sms/core';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import { assignDefined } from './assign-defined';
import type { SmsAfzarReceivedAnswer, SmsAfzarReceivedMessage } from './messages-api-types';
import { readAnswer } from './read-answer';
import { pick, readDate, readObjectList, readString } from './read-fields';

/** `GET messages/received/recent?count=N` → `{ messages }`. */
export async function getReceivedRecent(transport: SmsAfzarTransport, count: number, options?: CallOptions): Promise<SmsAfzarReceivedAnswer> {
  const response = await transport.call({ method: 'GET', path: 'messages/received/recent', query: { count } }, options);
  const object = readAnswer(transport.http, response);
  const messages = readObjectList(pick(object, 'messages')).map((item) =>
    assignDefined<SmsAfzarReceivedMessage>(
      { raw: item },
      {
        receivedMessageId: readString(pick(item, 'receivedMessageId', 'messageId', 'id')),
        senderNumber: readString(pick(item, 'senderNumber')),
        recipientNumber: readString(pick(item, 'recipientNumber')),
        content: readString(pick(item, 'content')),
        receivedAt: readDate(pick(item, 'receivedAt', 'receiveDate', 'date')),
      },
    ),
  );
  return { messages, raw: object };
}
