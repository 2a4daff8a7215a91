import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import {
  AllProvidersFailedError,
  type MessageTarget,
  type RoutedCallOptions,
  type SendResult,
  type SmsClient,
  type SmsProvider,
} from '@sms/core';
import { errorAttributesOf } from '../attributes/error-attributes';
import { messageAttributesOf, type RecipientPolicy } from '../attributes/message-attributes';
import { messageShapeOf, type AnyMessage } from '../attributes/message-shape';
import { SmsAttributes, type SmsOperation } from '../attributes/sms-attributes';
import { outcomeOf, reportedSegments } from './result-outcome';
import type { SmsMetrics } from './sms-metrics';

const MILLISECONDS_PER_SECOND = 1000;

export interface ClientInstrumentation {
  tracer: Tracer;
  metrics: SmsMetrics;
  recipients: RecipientPolicy;
  /** How many attempts the hooks saw under each operation span. */
  attempts: WeakMap<Span, number>;
}

function providerOfTarget(target: MessageTarget): string | undefined {
  return typeof target === 'object' && !Array.isArray(target) ? (target as SendResult).provider : undefined;
}

function providerOfAnswer(answer: unknown): string | undefined {
  const first = Array.isArray(answer) ? answer[0] : answer;
  const provider = (first as { provider?: unknown } | undefined)?.provider;
  return typeof provider === 'string' ? provider : undefined;
}

/**
 * Wraps a client so that each call is one span (`sms send`, `sms getStatus`…), with the client's own work
 * (hooks, attempts, requests) running inside it. The client's `hooks` from `telemetry.hooks()` add a span per
 * provider attempt under it; without them a send is one span.
 */
export function instrumentClient(client: SmsClient, instrumentation: ClientInstrumentation): SmsClient {
  const { tracer, metrics, recipients, attempts } = instrumentation;

  const traced = async <Answer>(
    operation: SmsOperation,
    attributes: () => Attributes,
    call: () => Promise<Answer>,
    finish: (span: Span, answer: Answer) => void,
  ): Promise<Answer> => {
    const span = tracer.startSpan(`sms ${operation}`, {
      kind: SpanKind.INTERNAL,
      attributes: { [SmsAttributes.operation]: operation },
    });
    // Without an SDK (or when the trace is not sampled) the span records nothing: skip the work of describing it.
    if (!span.isRecording()) {
      // `finish` still runs: it records metrics, which an SDK may collect without tracing.
      const answer = await context.with(trace.setSpan(context.active(), span), call);
      finish(span, answer);
      return answer;
    }
    span.setAttributes(attributes());
    try {
      const answer = await context.with(trace.setSpan(context.active(), span), call);
      finish(span, answer);
      return answer;
    } catch (error) {
      span.setAttributes(errorAttributesOf(error));
      if (AllProvidersFailedError.isInstance(error)) {
        span.setAttribute(SmsAttributes.attempt, (error as AllProvidersFailedError).errors.length);
        span.setAttribute(SmsAttributes.failover, true);
      }
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: String(errorAttributesOf(error)[SmsAttributes.errorType]),
      });
      throw error;
    } finally {
      const attemptCount = attempts.get(span);
      if (attemptCount !== undefined) {
        span.setAttribute(SmsAttributes.attempt, attemptCount);
        span.setAttribute(SmsAttributes.failover, attemptCount > 1);
      }
      span.end();
    }
  };

  // What a caller passes is checked by the client inside the span; a message it will refuse has no attributes.
  const attributesOf = (message: AnyMessage): Attributes => {
    try {
      return messageAttributesOf(messageShapeOf(message), recipients);
    } catch {
      return {};
    }
  };

  const sending = (operation: SmsOperation, message: AnyMessage, call: () => Promise<SendResult>) =>
    traced(
      operation,
      () => attributesOf(message),
      call,
      (span, result) => {
        span.setAttribute(SmsAttributes.provider, result.provider);
        span.setAttribute(SmsAttributes.outcome, outcomeOf(result));
        const segments = reportedSegments(result);
        if (segments !== undefined) span.setAttribute(SmsAttributes.segments, segments);
      },
    );

  // Calls that go to one provider without failover: the operation's span is also its only attempt.
  const routed = <Answer>(
    operation: SmsOperation,
    provider: string | undefined,
    call: () => Promise<Answer>,
  ): Promise<Answer> => {
    const known = provider ?? (client.providers.length === 1 ? client.providers[0]!.id : undefined);
    const started = performance.now();
    const record = (answered: string | undefined, extra: Attributes) => {
      const named = answered ?? known;
      if (named === undefined) return;
      metrics.attemptDuration.record((performance.now() - started) / MILLISECONDS_PER_SECOND, {
        [SmsAttributes.provider]: named,
        [SmsAttributes.operation]: operation,
        ...extra,
      });
    };
    return traced(
      operation,
      () =>
        known === undefined
          ? { [SmsAttributes.attempt]: 1 }
          : { [SmsAttributes.provider]: known, [SmsAttributes.attempt]: 1 },
      () =>
        call().catch((error: unknown) => {
          const attributes = errorAttributesOf(error);
          record(undefined, {
            [SmsAttributes.outcome]: attributes[SmsAttributes.outcome] ?? 'failed',
            [SmsAttributes.errorType]: attributes[SmsAttributes.errorType],
          });
          throw error;
        }),
      (span, answer) => {
        const answered = providerOfAnswer(answer);
        if (answered !== undefined) span.setAttribute(SmsAttributes.provider, answered);
        span.setAttribute(SmsAttributes.outcome, 'ok');
        record(answered, { [SmsAttributes.outcome]: 'ok' });
      },
    );
  };

  const routedProvider = (options: RoutedCallOptions | undefined, target?: MessageTarget) =>
    options?.provider ?? (target === undefined ? undefined : providerOfTarget(target));

  return {
    get providers() {
      return client.providers;
    },
    send: (message, options) => sending('send', message, () => client.send(message, options)),
    sendBatch: (messages, options) => sending('sendBatch', messages, () => client.sendBatch(messages, options)),
    sendTemplate: (message, options) => sending('sendTemplate', message, () => client.sendTemplate(message, options)),
    cancel: (target, options) =>
      routed('cancel', routedProvider(options, target), () => client.cancel(target, options)),
    getStatus: (target, options) =>
      routed('getStatus', routedProvider(options, target), () => client.getStatus(target, options)),
    getBalance: (options) => routed('getBalance', routedProvider(options), () => client.getBalance(options)),
    listInbound: (query, options) =>
      routed('listInbound', routedProvider(options), () => client.listInbound(query, options)),
    provider: <Provider extends SmsProvider = SmsProvider>(id: string) => client.provider<Provider>(id),
    close: () => client.close(),
  };
}
