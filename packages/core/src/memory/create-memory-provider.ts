import { SmsError } from '../errors/sms-error';
import type { Balance } from '../model/balance';
import type { CallOptions } from '../model/call-options';
import type { CancelResult } from '../model/cancel-result';
import type { DeliveryReport } from '../model/delivery-report';
import type { DeliveryStatus } from '../model/delivery-status';
import type { InboundMessage } from '../model/inbound-message';
import type { SendResult, SentMessage } from '../model/send-result';
import type { WebhookEvent } from '../model/webhook-event';
import { analyzeText } from '../text/analyze-text';
import { resolveMessageTarget } from '../provider/message-target';
import type { SmsCapabilities } from '../provider/sms-capabilities';
import type { SmsProviderWith } from '../provider/sms-provider';
import { assertBatchMessages } from '../validation/assert-batch-messages';
import { assertCallOptions } from '../validation/assert-call-options';
import { assertInboundQuery } from '../validation/assert-inbound-query';
import { assertSendAt } from '../validation/assert-send-at';
import { assertSmsMessage } from '../validation/assert-sms-message';
import { assertTemplateMessage } from '../validation/assert-template-message';
import { prepareRecipients } from '../validation/prepare-recipients';
import type { CountryCode } from '../phone/normalize-phone-number';
import { assertCountryCode } from '../phone/assert-country-code';

export type MemoryMethod =
  'send' | 'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound';

/** One call the memory provider received, with its input as given. */
export interface MemoryCall {
  method: MemoryMethod;
  input: unknown;
}

/** One message the memory provider "sent". */
export interface MemoryMessage {
  id: string;
  to: string;
  text: string;
  from?: string;
  sendAt?: Date;
  reference?: string;
  template?: { id: string; params: unknown };
  status: DeliveryStatus;
  segments: number;
}

export interface MemoryProviderOptions {
  /** Default `memory`. */
  id?: string;
  capabilities?: Partial<SmsCapabilities>;
  /** Country for national numbers. Default `IR`. */
  defaultCountry?: CountryCode;
  /** Starting balance. Default 1,000,000. */
  balance?: number;
}

/** Every optional method is there (whatever `capabilities` says), so the type lets callers use them directly. */
export interface MemoryProvider extends SmsProviderWith<MemoryMethod | 'parseWebhook'> {
  /** Every call, in order, including those that failed. */
  readonly calls: readonly MemoryCall[];
  /** Every message sent, in order. */
  readonly messages: readonly MemoryMessage[];
  /**
   * Makes the next `times` calls (default: every call until told otherwise) fail with this error, before
   * anything is recorded as sent. Pass `undefined` to stop failing.
   */
  failWith(error: SmsError | undefined, times?: number): void;
  /** Sets a message's status, as a delivery receipt would. */
  setStatus(id: string, status: DeliveryStatus): void;
  /** Adds an inbound message for `listInbound`. */
  receive(message: { from: string; text: string; to?: string }): InboundMessage;
  readonly closed: boolean;
  /** Forgets every call and message. */
  reset(): void;
}

const ALL_CAPABILITIES: SmsCapabilities = {
  maxRecipientsPerRequest: 1000,
  maxBatchSize: 1000,
  batch: true,
  templates: true,
  scheduling: true,
  cancel: true,
  status: true,
  balance: true,
  inbound: true,
  voice: false,
  webhooks: true,
};

/**
 * A provider that records instead of sending: for tests of code that uses the SDK, and as the reference
 * implementation of the provider contract. It validates input like a real provider.
 */
export function createMemoryProvider(options: MemoryProviderOptions = {}): MemoryProvider {
  const id = options.id ?? 'memory';
  const country = options.defaultCountry ?? 'IR';
  assertCountryCode(country, 'createMemoryProvider');
  const capabilities: SmsCapabilities = { ...ALL_CAPABILITIES, ...options.capabilities };
  const calls: MemoryCall[] = [];
  const messages: MemoryMessage[] = [];
  const inbound: InboundMessage[] = [];
  let balance = options.balance ?? 1_000_000;
  let failure: SmsError | undefined;
  let failuresLeft = Number.POSITIVE_INFINITY;
  let sequence = 0;
  let closed = false;

  const enter = (method: MemoryMethod, input: unknown, call?: CallOptions): void => {
    calls.push({ method, input });
    assertCallOptions(call, id);
    if (call?.signal?.aborted)
      throw new SmsError(`The call to ${id} was aborted before it started; nothing was sent.`, {
        code: 'ABORTED',
        provider: id,
        outcome: 'not-sent',
        retryable: false,
      });
    if (closed)
      throw new SmsError(`The ${id} provider was closed; nothing was sent.`, {
        code: 'NETWORK',
        provider: id,
        outcome: 'not-sent',
        retryable: false,
      });
    if (failure !== undefined && failuresLeft > 0) {
      failuresLeft -= 1;
      const error = failure;
      if (failuresLeft === 0) failure = undefined;
      throw error;
    }
  };

  const record = (entry: Omit<MemoryMessage, 'id' | 'status' | 'segments'>): SentMessage => {
    const message: MemoryMessage = {
      ...entry,
      id: `${id}-${++sequence}`,
      status: entry.sendAt === undefined ? 'sent' : 'scheduled',
      segments: analyzeText(entry.text).segments,
    };
    messages.push(message);
    balance -= message.segments;
    return { to: message.to, id: message.id, status: message.status, segments: message.segments };
  };

  const result = (sent: SentMessage[], sendAt?: Date): SendResult => {
    const sendResult: SendResult = {
      provider: id,
      messages: sent,
      raw: { messages: sent.map((message) => message.id) },
    };
    if (sendAt !== undefined) sendResult.sendAt = sendAt;
    return sendResult;
  };

  const optional = <Value>(key: string, value: Value | undefined): Record<string, Value> =>
    value === undefined ? {} : { [key]: value };

  const provider: MemoryProvider = {
    id,
    capabilities,
    get calls() {
      return calls;
    },
    get messages() {
      return messages;
    },
    get closed() {
      return closed;
    },
    async send(message, call) {
      enter('send', message, call);
      assertSmsMessage(message, id);
      if (message.sendAt !== undefined) assertSendAt(message.sendAt, id);
      const recipients = prepareRecipients(message.to, id, country);
      const base = {
        text: message.text,
        ...optional('from', message.from),
        ...optional('sendAt', message.sendAt),
        ...optional('reference', message.reference),
      };
      return result(
        recipients.map((to) => record({ ...base, to })),
        message.sendAt,
      );
    },
    async sendBatch(batch, call) {
      enter('sendBatch', batch, call);
      assertBatchMessages(batch, id);
      const prepared = batch.map((message) => {
        if (message.sendAt !== undefined) assertSendAt(message.sendAt, id);
        return { message, to: prepareRecipients(message.to, id, country)[0]! };
      });
      return result(
        prepared.map(({ message, to }) =>
          record({
            to,
            text: message.text,
            ...optional('from', message.from),
            ...optional('sendAt', message.sendAt),
            ...optional('reference', message.reference),
          }),
        ),
      );
    },
    async sendTemplate(message, call) {
      enter('sendTemplate', message, call);
      assertTemplateMessage(message, id);
      if (message.sendAt !== undefined) assertSendAt(message.sendAt, id);
      const recipients = prepareRecipients(message.to, id, country);
      const text = `${message.template}: ${Object.values(message.params).join(', ')}`;
      const base = {
        text,
        template: { id: message.template, params: message.params },
        ...optional('sendAt', message.sendAt),
        ...optional('reference', message.reference),
      };
      return result(
        recipients.map((to) => record({ ...base, to })),
        message.sendAt,
      );
    },
    async cancel(target, call) {
      enter('cancel', target, call);
      const canceled: string[] = [];
      const notCanceled: string[] = [];
      for (const reference of resolveMessageTarget(target).references) {
        const message = messages.find((candidate) => candidate.id === reference.id);
        if (message?.status === 'scheduled') {
          message.status = 'canceled';
          canceled.push(message.id);
        } else notCanceled.push(reference.id);
      }
      const answer: CancelResult = { provider: id, canceled, raw: { canceled, notCanceled } };
      if (notCanceled.length > 0) answer.notCanceled = notCanceled;
      return answer;
    },
    async getStatus(target, call) {
      enter('getStatus', target, call);
      return resolveMessageTarget(target).references.map((reference): DeliveryReport => {
        const message = messages.find((candidate) => candidate.id === reference.id);
        return {
          provider: id,
          id: reference.id,
          status: message?.status ?? 'unknown',
          providerStatus: message?.status ?? null,
          raw: message ?? null,
          ...optional('to', message?.to),
        };
      });
    },
    async getBalance(call): Promise<Balance> {
      enter('getBalance', undefined, call);
      return { provider: id, amount: balance, currency: 'SMS', raw: { balance } };
    },
    async listInbound(query, call) {
      enter('listInbound', query, call);
      assertInboundQuery(query, id);
      return [...inbound];
    },
    async parseWebhook(request): Promise<WebhookEvent[]> {
      const body = request.body as { id?: string; status?: DeliveryStatus } | undefined;
      if (typeof body?.id !== 'string' || body.status === undefined) {
        throw new SmsError(`${id} does not recognise this callback: expected a JSON body { id, status }.`, {
          code: 'INVALID_INPUT',
          provider: id,
        });
      }
      return [
        {
          type: 'delivery-report',
          provider: id,
          report: { provider: id, id: body.id, status: body.status, providerStatus: body.status, raw: body },
        },
      ];
    },
    failWith(error, times) {
      failure = error;
      failuresLeft = times ?? Number.POSITIVE_INFINITY;
    },
    setStatus(messageId, status) {
      const message = messages.find((candidate) => candidate.id === messageId);
      if (message === undefined)
        throw new SmsError(`No message ${messageId} in ${id}.`, { code: 'NOT_FOUND', provider: id });
      message.status = status;
    },
    receive(message) {
      const received: InboundMessage = {
        provider: id,
        id: `${id}-in-${++sequence}`,
        from: message.from,
        text: message.text,
        receivedAt: new Date(),
        raw: message,
        ...optional('to', message.to),
      };
      inbound.push(received);
      return received;
    },
    reset() {
      calls.length = 0;
      messages.length = 0;
      inbound.length = 0;
    },
    async close() {
      closed = true;
    },
  };
  return provider;
}
