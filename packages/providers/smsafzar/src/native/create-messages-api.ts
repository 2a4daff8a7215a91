import { type CallOptions, formatNationalNumber, SmsError } from '@sms/core';
import {
  assertSendAt,
  assertText,
  type HttpResponse,
  noMessageIdError,
  prepareRecipients,
  readDate,
  readInteger,
  readNumber,
  readRecord,
  readRecordList,
  readSetting,
  readString,
} from '@sms/core/provider-utils';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import type {
  SmsAfzarBulkAnswer,
  SmsAfzarBulkBody,
  SmsAfzarCanceledMessage,
  SmsAfzarCancelAnswer,
  SmsAfzarMessagesApi,
  SmsAfzarMessageStatus,
  SmsAfzarReceivedAnswer,
  SmsAfzarReceivedMessage,
  SmsAfzarSendAnswer,
  SmsAfzarSendBody,
  SmsAfzarSentMessage,
  SmsAfzarStatusAnswer,
  SmsAfzarTemplateBody,
  SmsAfzarTemplateParameter,
} from './messages-api-types';
import { readAnswer } from './read-answer';
import type { SmsAfzarContext } from './sms-afzar-context';

/** Most ids per `messages/status` request. */
export const MAX_STATUS_IDS = 100;

/** SMSAfzar returns 1 to 100 received messages per call. */
export const MAX_RECEIVED_COUNT = 100;

/** SMSAfzar refuses longer template parameter values. */
export const SMS_AFZAR_MAX_PARAMETER_LENGTH = 100;

// Inputs: checked and rendered to the wire format before any request (the unified methods use them too).

function invalid(message: string, provider: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

export interface WireRecipients {
  /** E.164, for results. */
  e164: string[];
  /** `09xxxxxxxxx`, as sent. */
  wire: string[];
}

const IRANIAN_MOBILE = /^\+989\d{9}$/;

/**
 * Normalises recipients written in any notation (`09…`, `9…`, `+989…`, `00989…`, `989…`, Persian digits) to
 * E.164. SMSAfzar documents Iranian mobile numbers only, so others are refused before any request rather than
 * sent in a national form that would reach the wrong number.
 */
export function checkIranianMobiles(to: string | readonly string[], provider: string): string[] {
  const e164 = prepareRecipients(to, provider, 'IR');
  for (let index = 0; index < e164.length; index += 1) {
    const number = e164[index]!;
    if (IRANIAN_MOBILE.test(number)) continue;
    const position = e164.length > 1 ? ` (recipient ${index + 1} of ${e164.length})` : '';
    throw new SmsError(
      `Invalid recipient for ${provider}${position}: ${JSON.stringify(number)} is not an Iranian mobile number, the only kind SMSAfzar documents (09xxxxxxxxx). Nothing was sent.`,
      { code: 'INVALID_RECIPIENT', provider, retryable: false },
    );
  }
  return e164;
}

/**
 * The checked recipients and their `09xxxxxxxxx` forms, for calls of one request. Split sends render each
 * request's numbers as it goes out instead, so a large send holds no second list of them.
 */
export function prepareWireRecipients(to: string | readonly string[], provider: string): WireRecipients {
  const e164 = checkIranianMobiles(to, provider);
  return { e164, wire: e164.map(formatNationalNumber) };
}

// A line number in any of the documented notations: 1000xxxx, 00981000xxxx, +981000xxxx, 981000xxxx.
const LINE_NUMBER = /^\+?\d{3,20}$/;

function checkedSender(sender: string, provider: string): string {
  if (LINE_NUMBER.test(sender)) return sender;
  throw new SmsError(
    `${JSON.stringify(sender)} is not a sender line for ${provider}: pass a line number such as 1000xxxx, 981000xxxx, +981000xxxx or 00981000xxxx. Nothing was sent.`,
    { code: 'INVALID_SENDER', provider, retryable: false },
  );
}

/** Like `resolveSender`, but `undefined` when none is set (templates may carry their own sender). */
export function resolveOptionalSender(
  from: string | undefined,
  defaultSender: string | undefined,
  provider: string,
): string | undefined {
  if (from !== undefined) {
    if (typeof from !== 'string' || from.trim() === '') return checkedSender(String(from), provider);
    return checkedSender(from.trim(), provider);
  }
  const fallback = readSetting(defaultSender, 'SMSAFZAR_SENDER_NUMBER');
  return fallback === undefined ? undefined : checkedSender(fallback.trim(), provider);
}

/** The sender line of a message (`from`, else the `senderNumber` setting or `SMSAFZAR_SENDER_NUMBER`), as given. */
export function resolveSender(from: string | undefined, defaultSender: string | undefined, provider: string): string {
  const sender = resolveOptionalSender(from, defaultSender, provider);
  if (sender !== undefined) return sender;
  throw new SmsError(
    `No sender line for ${provider}: pass \`from\` with the message, or \`senderNumber\` to createSmsAfzar(), or set SMSAFZAR_SENDER_NUMBER. Nothing was sent.`,
    { code: 'INVALID_INPUT', provider },
  );
}

/**
 * `sendAt` as SMSAfzar's `sendTimestamp` (Unix seconds), refused locally when it is not in the future.
 * Rounded up, so a time a fraction of a second ahead does not become a second in the past.
 */
export function toSendTimestamp(sendAt: Date | undefined, provider: string): number | undefined {
  if (sendAt === undefined) return undefined;
  return Math.ceil(assertSendAt(sendAt, provider) / 1000);
}

export function assertTemplateId(templateId: unknown, provider: string): string {
  if (typeof templateId === 'string' && templateId.trim() !== '') return templateId;
  throw new SmsError(
    `Pass the SMSAfzar template id (e.g. TydSt1skQE) as \`template\`, got ${JSON.stringify(templateId)}. Nothing was sent.`,
    {
      code: 'INVALID_INPUT',
      provider,
    },
  );
}

function readParameterValue(name: string, value: unknown, provider: string): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string')
    throw invalid(`Template parameter ${JSON.stringify(name)} for ${provider} must be a string.`, provider);
  const length = [...text].length;
  if (length > SMS_AFZAR_MAX_PARAMETER_LENGTH) {
    throw invalid(
      `Template parameter ${JSON.stringify(name)} for ${provider} is ${length} characters long; SMSAfzar takes at most ${SMS_AFZAR_MAX_PARAMETER_LENGTH}.`,
      provider,
    );
  }
  return text;
}

/**
 * Turns `{ code: '123456' }` (or SMSAfzar's own `[{ name, value }]`) into the `parameters` array, refusing
 * positional parameters, unnamed entries and values over 100 characters before any request.
 */
export function toTemplateParameters(parameters: unknown, provider: string): SmsAfzarTemplateParameter[] {
  if (parameters === undefined || parameters === null) return [];
  if (Array.isArray(parameters)) {
    return parameters.map((item: unknown, index) => {
      if (
        typeof item !== 'object' ||
        item === null ||
        typeof (item as { name?: unknown }).name !== 'string' ||
        (item as { name: string }).name === ''
      ) {
        throw invalid(
          `SMSAfzar templates take named parameters: pass params as { name: value } (entry ${index + 1} is ${JSON.stringify(item)}).`,
          provider,
        );
      }
      const { name, value } = item as { name: string; value: unknown };
      return { name, value: readParameterValue(name, value, provider) };
    });
  }
  if (typeof parameters !== 'object')
    throw invalid(`Template parameters for ${provider} must be an object of { name: value }.`, provider);
  return Object.entries(parameters as Record<string, unknown>).map(([name, value]) => {
    if (name === '') throw invalid(`A template parameter for ${provider} has an empty name.`, provider);
    return { name, value: readParameterValue(name, value, provider) };
  });
}

export function assertCount(count: unknown, provider: string): number {
  if (typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_RECEIVED_COUNT) return count;
  throw new SmsError(
    `count for ${provider} must be an integer from 1 to ${MAX_RECEIVED_COUNT}, got ${JSON.stringify(count)}.`,
    {
      code: 'INVALID_INPUT',
      provider,
    },
  );
}

/** Refuses a list of ids that is empty, too long, or holds anything but non-empty strings. */
function assertIdentifiers(ids: unknown, what: string, max: number, provider: string): string[] {
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new SmsError(`Pass at least one ${what} to ${provider}.`, { code: 'INVALID_INPUT', provider });
  }
  if (ids.length > max) {
    throw new SmsError(`${provider} takes at most ${max} ${what}s per request, got ${ids.length}; split the list.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  return ids.map((id: unknown, index) => {
    if (typeof id === 'string' && id.trim() !== '') return id;
    throw new SmsError(`${what} ${index + 1} for ${provider} is not a non-empty string: ${JSON.stringify(id)}.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  });
}

function assertBatchId(batchId: unknown, provider: string): string {
  if (typeof batchId === 'string' && batchId.trim() !== '') return batchId;
  throw new SmsError(`Pass the batchId of a scheduled ${provider} send, got ${JSON.stringify(batchId)}.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}

/** Endpoints that take one recipient: refuse a list rather than send to its first number only. */
function oneRecipient(recipientNumber: unknown, provider: string): string {
  if (typeof recipientNumber === 'string') return recipientNumber;
  throw invalid(
    `Pass one recipient as a string in \`recipientNumber\` to ${provider}; use sendBulk for several.`,
    provider,
  );
}

function withTimestamp<Body extends object>(
  body: Body,
  sendTimestamp: number | undefined,
): Body & { sendTimestamp?: number } {
  return sendTimestamp === undefined ? body : { ...body, sendTimestamp };
}

// Answers: read leniently, since SMSAfzar documents few of them.

/** Copies the defined values onto the target, so optional fields are absent rather than `undefined`. */
function assignDefined<Target extends object>(target: Target, values: Partial<Target>): Target {
  // A for…in loop: this runs for every field of every answer, and Object.entries would allocate per call.
  for (const key in values) {
    const value = (values as Record<string, unknown>)[key];
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** One `message` object of a send answer: `parts` and `cost` arrive as strings (`"1"`, `"1,800"`). */
function readSentMessage(item: Record<string, unknown>): SmsAfzarSentMessage {
  return assignDefined<SmsAfzarSentMessage>(
    { raw: item },
    {
      sentMessageId: readString(item, 'sentMessageId', 'messageId', 'id'),
      senderNumber: readString(item, 'senderNumber'),
      recipientNumber: readString(item, 'recipientNumber'),
      content: readString(item, 'content'),
      language: readString(item, 'language'),
      operator: readString(item, 'operator'),
      parts: readNumber(item, 'parts'),
      cost: readNumber(item, 'cost'),
      messageStatus: readInteger(item, 'messageStatus'),
    },
  );
}

/** `{ batchId, message }`, the answer of `messages/send` and `messages/send/template`. */
function readSendAnswer(transport: SmsAfzarTransport, response: HttpResponse, path: string): SmsAfzarSendAnswer {
  const body = readAnswer(transport.http, response);
  const answer: SmsAfzarSendAnswer = { raw: body };
  const batchId = readString(body, 'batchId');
  if (batchId !== undefined) answer.batchId = batchId;
  const message = readRecord(body, 'message');
  if (message !== undefined) answer.message = readSentMessage(message);
  // A success whose message has no id (`{"status":"ok"}`, a bare `batchId`) may still have sent it.
  if (answer.message?.sentMessageId === undefined) throw noMessageIdError(transport.http, path, { response });
  return answer;
}

// One function per endpoint, also called by the unified methods (which check their own inputs).

/** `POST messages/send`. */
export async function postSend(
  transport: SmsAfzarTransport,
  body: SmsAfzarSendBody,
  options?: CallOptions,
): Promise<SmsAfzarSendAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/send', json: body }, options);
  return readSendAnswer(transport, response, 'messages/send');
}

/** `POST messages/send/template`. */
export async function postSendTemplate(
  transport: SmsAfzarTransport,
  body: SmsAfzarTemplateBody,
  options?: CallOptions,
): Promise<SmsAfzarSendAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/send/template', json: body }, options);
  return readSendAnswer(transport, response, 'messages/send/template');
}

/**
 * `POST messages/send/bulk` → `{ batchId, messages }`. A success none of whose messages has an id (no
 * `messages`, an empty list, a bare `batchId`) is `noMessageIdError`; a recipient missing from a list that
 * has ids is left for the caller to mark `unknown`.
 */
export async function postSendBulk(
  transport: SmsAfzarTransport,
  body: SmsAfzarBulkBody,
  options?: CallOptions,
): Promise<SmsAfzarBulkAnswer> {
  const response = await transport.call({ method: 'POST', path: 'messages/send/bulk', json: body }, options);
  const object = readAnswer(transport.http, response);
  const answer: SmsAfzarBulkAnswer = { messages: readRecordList(object, 'messages').map(readSentMessage), raw: object };
  if (!answer.messages.some((message) => message.sentMessageId !== undefined))
    throw noMessageIdError(transport.http, 'messages/send/bulk', { response });
  const batchId = readString(object, 'batchId');
  if (batchId !== undefined) answer.batchId = batchId;
  return answer;
}

/** `DELETE messages/send/scheduled/{batchId}` → `{ batchId, messages }` listing what was removed. */
export async function deleteScheduled(
  transport: SmsAfzarTransport,
  batchId: string,
  options?: CallOptions,
): Promise<SmsAfzarCancelAnswer> {
  const response = await transport.call(
    { method: 'DELETE', path: `messages/send/scheduled/${encodeURIComponent(batchId)}` },
    options,
  );
  const object = readAnswer(transport.http, response);
  const messages = readRecordList(object, 'messages').map((item) =>
    assignDefined<SmsAfzarCanceledMessage>(
      { raw: item },
      {
        sentMessageId: readString(item, 'sentMessageId', 'messageId', 'id'),
        senderNumber: readString(item, 'senderNumber'),
        recipientNumber: readString(item, 'recipientNumber'),
        content: readString(item, 'content'),
      },
    ),
  );
  return assignDefined<SmsAfzarCancelAnswer>({ messages, raw: object }, { batchId: readString(object, 'batchId') });
}

/** `POST messages/status` with `{ sentMessageIdes }` (SMSAfzar's spelling) → `{ messages }`. */
export async function postStatus(
  transport: SmsAfzarTransport,
  sentMessageIds: readonly string[],
  options?: CallOptions,
): Promise<SmsAfzarStatusAnswer> {
  const response = await transport.call(
    { method: 'POST', path: 'messages/status', json: { sentMessageIdes: [...sentMessageIds] } },
    options,
  );
  const object = readAnswer(transport.http, response);
  const messages = readRecordList(object, 'messages').map((item) =>
    assignDefined<SmsAfzarMessageStatus>(
      { raw: item },
      {
        sentMessageId: readString(item, 'sentMessageId', 'messageId', 'id'),
        recipientNumber: readString(item, 'recipientNumber'),
        messageStatus: readInteger(item, 'messageStatus', 'status'),
        statusDate: readDate(item, 'statusDate', 'date'),
      },
    ),
  );
  return { messages, raw: object };
}

/** `GET messages/received/recent?count=N` → `{ messages }`. */
export async function getReceivedRecent(
  transport: SmsAfzarTransport,
  count: number,
  options?: CallOptions,
): Promise<SmsAfzarReceivedAnswer> {
  const response = await transport.call({ method: 'GET', path: 'messages/received/recent', query: { count } }, options);
  const object = readAnswer(transport.http, response);
  const messages = readRecordList(object, 'messages').map((item) =>
    assignDefined<SmsAfzarReceivedMessage>(
      { raw: item },
      {
        receivedMessageId: readString(item, 'receivedMessageId', 'messageId', 'id'),
        senderNumber: readString(item, 'senderNumber'),
        recipientNumber: readString(item, 'recipientNumber'),
        content: readString(item, 'content'),
        receivedAt: readDate(item, 'receivedAt', 'receiveDate', 'date'),
      },
    ),
  );
  return { messages, raw: object };
}

/** `native.messages`: one method per endpoint, inputs validated and rendered to SMSAfzar's wire format. */
export function createMessagesApi(context: SmsAfzarContext): SmsAfzarMessagesApi {
  const { provider, transport } = context;

  return {
    async send(input, options) {
      assertText(input.content, provider);
      const recipient = prepareWireRecipients(oneRecipient(input.recipientNumber, provider), provider).wire[0]!;
      const body: SmsAfzarSendBody = withTimestamp(
        {
          senderNumber: resolveSender(input.senderNumber, context.defaultSender, provider),
          recipientNumber: recipient,
          content: input.content,
        },
        toSendTimestamp(input.sendAt, provider),
      );
      return postSend(transport, body, options);
    },

    async sendBulk(input, options) {
      const recipientNumbers = prepareWireRecipients(input.recipientNumbers, provider).wire;
      if (!Array.isArray(input.contents) || input.contents.length === 0)
        throw invalid(`Pass at least one text in \`contents\` to ${provider}.`, provider);
      for (const content of input.contents) assertText(content, provider);
      const senderNumbers =
        input.senderNumbers === undefined || input.senderNumbers.length === 0
          ? [resolveSender(undefined, context.defaultSender, provider)]
          : input.senderNumbers.map((sender) => resolveSender(sender, context.defaultSender, provider));
      const lengths = [recipientNumbers.length, input.contents.length, senderNumbers.length];
      const longest = Math.max(...lengths);
      if (lengths.some((length) => length !== 1 && length !== longest)) {
        throw invalid(
          `The lists of a ${provider} bulk send must each have one element (used for every message) or the same length; got ` +
            `${recipientNumbers.length} recipients, ${input.contents.length} texts and ${senderNumbers.length} senders.`,
          provider,
        );
      }
      const body: SmsAfzarBulkBody = withTimestamp(
        { senderNumbers, recipientNumbers, contents: [...input.contents] },
        toSendTimestamp(input.sendAt, provider),
      );
      return postSendBulk(transport, body, options);
    },

    async sendTemplate(input, options) {
      const templateId = assertTemplateId(input.templateId, provider);
      const parameters = toTemplateParameters(input.parameters, provider);
      const recipientNumber = prepareWireRecipients(oneRecipient(input.recipientNumber, provider), provider).wire[0]!;
      const senderNumber = resolveOptionalSender(input.senderNumber, context.defaultSender, provider);
      const body: SmsAfzarTemplateBody = withTimestamp(
        { ...(senderNumber === undefined ? {} : { senderNumber }), recipientNumber, templateId, parameters },
        toSendTimestamp(input.sendAt, provider),
      );
      return postSendTemplate(transport, body, options);
    },

    async cancelScheduled(batchId, options) {
      return deleteScheduled(transport, assertBatchId(batchId, provider), options);
    },

    async status(sentMessageIds, options) {
      return postStatus(
        transport,
        assertIdentifiers(sentMessageIds, 'sentMessageId', MAX_STATUS_IDS, provider),
        options,
      );
    },

    async receivedRecent(count = MAX_RECEIVED_COUNT, options) {
      return getReceivedRecent(transport, assertCount(count, provider), options);
    },
  };
}
