import { type CallOptions } from '@sms/core';
import { noMessageIdError, type HttpResponse } from '@sms/core/provider-utils';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import type { SmsAfzarSendAnswer, SmsAfzarSendBody, SmsAfzarTemplateBody } from './messages-api-types';
import { parseSentMessage } from './parse-sent-message';
import { readAnswer } from './read-answer';
import { isJsonObject, pick, readString, type JsonObject } from './read-fields';

/** `{ batchId, message }`, the answer of `messages/send` and `messages/send/template`. */
export function parseSendAnswer(body: JsonObject): SmsAfzarSendAnswer {
  const answer: SmsAfzarSendAnswer = { raw: body };
  const batchId = readString(pick(body, 'batchId'));
  if (batchId !== undefined) answer.batchId = batchId;
  const message = pick(body, 'message');
  if (isJsonObject(message)) answer.message = parseSentMessage(message);
  return answer;
}

/** The answer of a send to one recipient; a success whose message has no id (`{"status":"ok"}`, a bare `batchId`) is `noMessageIdError`. */
function readSendAnswer(transport: SmsAfzarTransport, response: HttpResponse, path: string): SmsAfzarSendAnswer {
  const answer = parseSendAnswer(readAnswer(transport.http, response));
  if (answer.message?.sentMessageId === undefined) throw noMessageIdError(transport.http, path, { response });
  return answer;
}

/** `POST messages/send`. */
export async function postSend(transport: SmsAfzarTransport, body: SmsAfzarSendBody, options?: CallOptions): Promise<SmsAfzarSendAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/send', json: body }, options);
  return readSendAnswer(transport, response, 'messages/send');
}

/** `POST messages/send/template`. */
export async function postSendTemplate(transport: SmsAfzarTransport, body: SmsAfzarTemplateBody, options?: CallOptions): Promise<SmsAfzarSendAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/send/template', json: body }, options);
  return readSendAnswer(transport, response, 'messages/send/template');
}
