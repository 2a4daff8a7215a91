import type { CallOptions } from '@sms/core';
import { pick, readObjectList, readString } from '../parsing/read-fields';
import type { SmsAfzarTransport } from '../transport/create-transport';
import { readAnswer } from '../transport/read-answer';
import { assignDefined } from '../utilities/assign-defined';
import type { SmsAfzarCanceledMessage, SmsAfzarCancelAnswer } from './native-types';

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
