import { AllProvidersFailedError } from '../errors/all-providers-failed-error';
import { SmsError } from '../errors/sms-error';
import type { Balance } from '../model/balance';
import type { CallOptions } from '../model/call-options';
import type { CancelResult } from '../model/cancel-result';
import type { DeliveryReport } from '../model/delivery-report';
import type { InboundMessage, InboundQuery } from '../model/inbound-message';
import type { SendResult } from '../model/send-result';
import type { BatchMessage, SmsMessage, TemplateMessage } from '../model/sms-message';
import { assertPossiblePhoneNumber } from '../phone/assert-possible-phone-number';
import { normalizePhoneNumber } from '../phone/normalize-phone-number';
import { resolveMessageTarget, type MessageTarget } from '../provider/message-target';
import type { SmsCapabilities } from '../provider/sms-capabilities';
import type { SmsProvider } from '../provider/sms-provider';
import { assertBatchMessages } from '../validation/assert-batch-messages';
import { assertInboundQuery } from '../validation/assert-inbound-query';
import { assertSendAt } from '../validation/assert-send-at';
import { assertSmsMessage } from '../validation/assert-sms-message';
import { assertTemplateMessage } from '../validation/assert-template-message';
import { checkRecipients } from '../validation/check-recipients';
import { prepareRecipients } from '../validation/prepare-recipients';
import { recipientError } from '../validation/recipient-list-of';
import { assertClientOptions } from './assert-client-options';
import { assertSendOptions } from './assert-send-options';
import { bindTemplate } from './bind-template';
import { callAroundHook } from './call-around-hook';
import { callHook } from './call-hook';
import { createProviderOrder } from './order-providers';
import { shouldFailOver } from './should-fail-over';
import type { RoutedCallOptions, SendOperation, SendOptions, SmsClientOptions } from './sms-client-types';

export interface SmsClient {
  readonly providers: readonly SmsProvider[];
  send(message: SmsMessage, options?: SendOptions): Promise<SendResult>;
  sendBatch(messages: readonly BatchMessage[], options?: SendOptions): Promise<SendResult>;
  sendTemplate(message: TemplateMessage, options?: SendOptions): Promise<SendResult>;
  /** Cancels what a send returned (routed to the provider that sent it), or ids with `{ provider }`. */
  cancel(target: MessageTarget, options?: RoutedCallOptions): Promise<CancelResult>;
  getStatus(target: MessageTarget, options?: RoutedCallOptions): Promise<DeliveryReport[]>;
  /** The balance of `options.provider`, or of the first provider that reports one. */
  getBalance(options?: RoutedCallOptions): Promise<Balance>;
  listInbound(query?: InboundQuery, options?: RoutedCallOptions): Promise<InboundMessage[]>;
  /** A configured provider by id, with its whole native API. */
  provider<Provider extends SmsProvider = SmsProvider>(id: string): Provider;
  /** Closes every provider. */
  close(): Promise<void>;
}

/** One way to perform the operation on one provider, prepared before any request. */
interface Attempt {
  provider: SmsProvider;
  run: (options: CallOptions) => Promise<SendResult>;
}

type RoutedCapability = 'cancel' | 'status' | 'balance' | 'inbound';
type RoutedMethod = 'cancel' | 'getStatus' | 'getBalance' | 'listInbound';

function callOptionsOf(options: CallOptions | undefined): CallOptions {
  const call: CallOptions = {};
  if (options?.signal !== undefined) call.signal = options.signal;
  if (options?.timeoutMs !== undefined) call.timeoutMs = options.timeoutMs;
  return call;
}

function unsupported(what: string, providers: readonly SmsProvider[]): SmsError {
  const names = providers.map((provider) => provider.id).join(', ');
  return new SmsError(`No configured provider can ${what} (${names}). Nothing was sent.`, {
    code: 'UNSUPPORTED',
    retryable: false,
  });
}

/**
 * A client over one or several providers. Sends go to providers in the strategy's order and move to the
 * next one only when the failure proves nothing was sent (or when the caller opts in with
 * `failover: 'always'`); nothing is ever retried silently.
 */
export function createSmsClient(options: SmsClientOptions): SmsClient {
  assertClientOptions(options);
  const providers: readonly SmsProvider[] = Array.isArray(options.providers)
    ? [...options.providers]
    : [options.providers as SmsProvider];
  const byId = new Map<string, SmsProvider>();
  for (const provider of providers) {
    if (byId.has(provider.id)) {
      throw new SmsError(`Two providers share the id "${provider.id}"; give each a distinct id.`, {
        code: 'INVALID_INPUT',
      });
    }
    byId.set(provider.id, provider);
  }
  const order = createProviderOrder(options.strategy ?? 'failover');
  const hooks = options.hooks ?? {};

  const providerById = <Provider extends SmsProvider>(id: string): Provider => {
    const provider = byId.get(id);
    if (provider === undefined) {
      throw new SmsError(`No provider "${id}" in this client; it has ${[...byId.keys()].join(', ')}.`, {
        code: 'INVALID_INPUT',
      });
    }
    return provider as Provider;
  };

  const country = options.defaultCountry;

  // Every recipient is checked before any provider is called, so that a number no provider could send to
  // fails once with INVALID_RECIPIENT, not once per provider. With a default country national numbers are
  // normalised here; without one they go on as written, to providers that know their own country.
  const prepareTo = <Message extends { to: string | readonly string[] }>(message: Message): Message => {
    if (country === undefined) {
      checkRecipients(message.to);
      return message;
    }
    if (typeof message.to !== 'string') return { ...message, to: prepareRecipients(message.to, undefined, country) };
    try {
      return { ...message, to: normalizePhoneNumber(message.to, { defaultCountry: country }) };
    } catch (error) {
      throw recipientError(error, 0, 1, undefined);
    }
  };

  const prepareBatch = (messages: readonly BatchMessage[]): readonly BatchMessage[] => {
    for (const message of messages) if (message.sendAt !== undefined) assertSendAt(message.sendAt);
    const prepared = country === undefined ? messages : new Array<BatchMessage>(messages.length);
    let index = 0;
    try {
      for (; index < messages.length; index += 1) {
        const message = messages[index]!;
        if (country === undefined) assertPossiblePhoneNumber(message.to);
        else
          (prepared as BatchMessage[])[index] = {
            ...message,
            to: normalizePhoneNumber(message.to, { defaultCountry: country }),
          };
      }
    } catch (error) {
      throw recipientError(error, index, messages.length, undefined);
    }
    return prepared;
  };

  const runAttempts = async (
    operation: SendOperation,
    message: SmsMessage | readonly BatchMessage[] | TemplateMessage,
    prepare: (provider: SmsProvider) => Attempt | undefined,
    what: string,
    sendOptions: SendOptions | undefined,
  ): Promise<SendResult> => {
    const candidates = sendOptions?.provider === undefined ? providers : [providerById(sendOptions.provider)];
    const attempts = candidates.map(prepare).filter((attempt): attempt is Attempt => attempt !== undefined);
    if (attempts.length === 0) throw unsupported(what, candidates);
    const ordered = order(
      operation,
      attempts.map((attempt) => attempt.provider),
    ).map((provider) => attempts.find((attempt) => attempt.provider === provider)!);
    if (ordered.length === 0) throw unsupported(what, candidates);
    const policy = sendOptions?.failover ?? options.failover ?? 'not-sent';
    const call = callOptionsOf(sendOptions);
    const errors: SmsError[] = [];

    for (const [index, attempt] of ordered.entries()) {
      const event = { operation, provider: attempt.provider.id, attempt: index + 1, message };
      if ((await callHook(hooks.beforeSend, event)) === false) {
        throw new SmsError(
          `The beforeSend hook vetoed this ${operation} through ${attempt.provider.id}. Nothing was sent.`,
          {
            code: 'ABORTED',
            provider: attempt.provider.id,
            outcome: 'not-sent',
            retryable: false,
          },
        );
      }
      const started = performance.now();
      try {
        const result = await callAroundHook<typeof event, SendResult>(hooks.aroundAttempt, event, () =>
          attempt.run(call),
        );
        await callHook(hooks.onSent, { ...event, result, durationMs: performance.now() - started });
        return result;
      } catch (thrown) {
        const error = SmsError.isInstance(thrown)
          ? thrown
          : new SmsError(`${attempt.provider.id} failed unexpectedly: ${String(thrown)}`, {
              code: 'PROVIDER_ERROR',
              provider: attempt.provider.id,
              outcome: 'unknown',
              cause: thrown,
            });
        const willFailover = index < ordered.length - 1 && shouldFailOver(error, policy);
        await callHook(hooks.onError, { ...event, error, willFailover, durationMs: performance.now() - started });
        errors.push(error);
        if (!willFailover) break;
      }
    }
    if (errors.length === 1) throw errors[0];
    throw new AllProvidersFailedError(errors);
  };

  const canSchedule = (provider: SmsProvider, sendAt: Date | undefined): boolean =>
    sendAt === undefined || provider.capabilities.scheduling;

  const routedProvider = (
    capability: RoutedCapability,
    method: RoutedMethod,
    named: string | undefined,
  ): SmsProvider => {
    const provider =
      named === undefined
        ? providers.find(
            (candidate) =>
              candidate.capabilities[capability as keyof SmsCapabilities] && candidate[method] !== undefined,
          )
        : providerById(named);
    if (provider === undefined)
      throw unsupported(method === 'getStatus' ? 'report delivery status' : method, providers);
    if (provider[method] === undefined || !provider.capabilities[capability as keyof SmsCapabilities]) {
      throw new SmsError(`${provider.id} does not support ${method}. Nothing was sent.`, {
        code: 'UNSUPPORTED',
        provider: provider.id,
        retryable: false,
      });
    }
    return provider;
  };

  const targetProvider = (
    target: MessageTarget,
    capability: RoutedCapability,
    method: 'cancel' | 'getStatus',
    options?: RoutedCallOptions,
  ): SmsProvider => {
    // Resolved even when the provider is named, so that a target of the wrong shape never reaches a provider.
    const resolved = resolveMessageTarget(target);
    const named = options?.provider ?? resolved.provider ?? (providers.length === 1 ? providers[0]!.id : undefined);
    if (named === undefined) {
      throw new SmsError(
        `${method} got bare ids but this client has several providers: pass { provider: 'id' } or the result of send.`,
        { code: 'INVALID_INPUT' },
      );
    }
    return routedProvider(capability, method, named);
  };

  return {
    providers,
    async send(message, sendOptions) {
      assertSmsMessage(message);
      assertSendOptions(sendOptions);
      if (message.sendAt !== undefined) assertSendAt(message.sendAt);
      const normalized = prepareTo(message);
      const what = message.sendAt === undefined ? 'send' : 'schedule a message';
      return runAttempts(
        'send',
        normalized,
        (provider) =>
          canSchedule(provider, message.sendAt)
            ? { provider, run: (call) => provider.send(normalized, call) }
            : undefined,
        what,
        sendOptions,
      );
    },
    async sendBatch(messages, sendOptions) {
      assertBatchMessages(messages);
      assertSendOptions(sendOptions);
      const normalized = prepareBatch(messages);
      const scheduled = normalized.some((message) => message.sendAt !== undefined);
      return runAttempts(
        'sendBatch',
        normalized,
        (provider) =>
          provider.sendBatch !== undefined &&
          provider.capabilities.batch &&
          (!scheduled || provider.capabilities.scheduling)
            ? { provider, run: (call) => provider.sendBatch!(normalized, call) }
            : undefined,
        'send a personalised batch',
        sendOptions,
      );
    },
    async sendTemplate(message, sendOptions) {
      assertTemplateMessage(message);
      assertSendOptions(sendOptions);
      if (message.sendAt !== undefined) assertSendAt(message.sendAt);
      const normalized = prepareTo(message);
      // Own members only: a template named `constructor` or `toString` is not in any registry.
      const definition =
        options.templates !== undefined && Object.hasOwn(options.templates, message.template)
          ? options.templates[message.template]
          : undefined;
      if (options.templates !== undefined && definition === undefined) {
        const known = Object.keys(options.templates).join(', ') || 'none';
        throw new SmsError(
          `No template "${message.template}" in the client's registry (known: ${known}). Nothing was sent.`,
          { code: 'TEMPLATE', retryable: false },
        );
      }
      return runAttempts(
        'sendTemplate',
        normalized,
        (provider) => {
          if (!canSchedule(provider, message.sendAt)) return undefined;
          if (definition === undefined) {
            // Without a registry the template is the provider's own id, passed through unchanged.
            return provider.sendTemplate !== undefined && provider.capabilities.templates
              ? { provider, run: (call) => provider.sendTemplate!(normalized, call) }
              : undefined;
          }
          const bound = bindTemplate(normalized, definition, provider);
          if (bound === undefined) return undefined;
          return bound.kind === 'native'
            ? { provider, run: (call) => provider.sendTemplate!(bound.message, call) }
            : { provider, run: (call) => provider.send(bound.message, call) };
        },
        `send the "${message.template}" template`,
        sendOptions,
      );
    },
    async cancel(target, routed) {
      assertSendOptions(routed);
      return targetProvider(target, 'cancel', 'cancel', routed).cancel!(target, callOptionsOf(routed));
    },
    async getStatus(target, routed) {
      assertSendOptions(routed);
      return targetProvider(target, 'status', 'getStatus', routed).getStatus!(target, callOptionsOf(routed));
    },
    async getBalance(routed) {
      assertSendOptions(routed);
      return routedProvider('balance', 'getBalance', routed?.provider).getBalance!(callOptionsOf(routed));
    },
    async listInbound(query, routed) {
      assertInboundQuery(query);
      assertSendOptions(routed);
      return routedProvider('inbound', 'listInbound', routed?.provider).listInbound!(query, callOptionsOf(routed));
    },
    provider: providerById,
    async close() {
      const outcomes = await Promise.allSettled(providers.map((provider) => provider.close()));
      const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failure !== undefined) throw failure.reason;
    },
  };
}
