import { assignDefined } from './assign-defined';
import type { SmsAfzarSentMessage } from './messages-api-types';
import { parseLooseNumber } from './parse-loose-number';
import { pick, readInteger, readString, type JsonObject } from './read-fields';

/** One `message` object of a send answer: `parts` and `cost` arrive as strings (`"1"`, `"1,800"`). */
export function parseSentMessage(object: JsonObject): SmsAfzarSentMessage {
  return assignDefined<SmsAfzarSentMessage>(
    { raw: object },
    {
      sentMessageId: readString(pick(object, 'sentMessageId', 'messageId', 'id')),
      senderNumber: readString(pick(object, 'senderNumber')),
      recipientNumber: readString(pick(object, 'recipientNumber')),
      content: readString(pick(object, 'content')),
      language: readString(pick(object, 'language')),
      operator: readString(pick(object, 'operator')),
      parts: parseLooseNumber(pick(object, 'parts')),
      cost: parseLooseNumber(pick(object, 'cost')),
      messageStatus: readInteger(pick(object, 'messageStatus')),
    },
  );
}
