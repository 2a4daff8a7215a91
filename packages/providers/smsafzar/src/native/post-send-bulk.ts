import { type CallOptions } from '@sms/core';
import { noMessageIdError } from '@sms/core/provider-utils';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import type { SmsAfzarBulkAnswer, SmsAfzarBulkBody } from './messages-api-types';
import { parseSentMessage } from './parse-sent-message';
import { readAnswer } from './read-answer';
import { pick, readObjectList, readString } from './read-fields';

/**
 * `POST messages/send/bulk` → `{ batchId, messages }`. A success none of whose messages has an id (no
 * `messages`, an empty list, a bare `batchId`) is `noMessageIdError`; a recipient missing from a list that
 * has ids is left for the caller to mark `unknown`.
 */
export async function postSendBulk(transport: SmsAfzarTransport, body: SmsAfzarBulkBody, options?: CallOptions): Promise<SmsAfzarBulkAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/send/bulk', json: body }, options);
  const object = readAnswer(transport.http, response);
  const answer: SmsAfzarBulkAnswer = { messages: readObjectList(pick(object, 'messages')).map(parseSentMessage), raw: object };
  if (!answer.messages.some((message) => message.sentMessageId !== undefined)) throw noMessageIdError(transport.http, 'messages/send/bulk', { response });
  const batchId = readString(pick(object, 'batchId'));
  if (batchId !== undefined) answer.batchId = batchId;
  return answer;
}
