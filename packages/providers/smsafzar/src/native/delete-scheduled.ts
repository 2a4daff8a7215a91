import type { CallOptions } from '@sms/core';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import { assignDefined } from './assign-defined';
import type { SmsAfzarCanceledMessage, SmsAfzarCancelAnswer } from './messages-api-types';
import { readAnswer } from './read-answer';
import { pick, readObjectList, readString } from './read-fields';

/** `DELETE messages/send/scheduled/{batchId}` → `{ batchId, messages }` listing what was removed. */
export async function deleteScheduled(transport: SmsAfzarTransport, batchId: string, options?: CallOptions): Promise<SmsAfzarCancelAnswer> {
  const response = await transport.call({ method: 'DELETE', path: `messages/send/scheduled/${encodeURIComponent(batchId)}` }, options);
  const object = readAnswer(transport.http, response);
  const messages = readObjectList(pick(object, 'messages')).map((item) =>
    assignDefined<SmsAfzarCanceledMessage>(
      { raw: item },
      {
        sentMessageId: readString(pick(item, 'sentMessageId', 'messageId', 'id')),
        senderNumber: readString(pick(item, 'senderNumber')),
        recipientNumber: readString(pick(item, 'recipientNumber')),
        content: readString(pick(item, 'content')),
      },
    ),
  );
  return assignDefined<SmsAfzarCancelAnswer>({ messages, raw: object }, { batchId: readString(pick(object, 'batchId')) });
}
