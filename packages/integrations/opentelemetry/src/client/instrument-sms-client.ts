import { context, SpanKind, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import {
  AllProvidersFailedError,
  type MessageTarget,
  type RoutedCallOptions,
  type SendResult,
  type SmsClient,
  type SmsProvider,
} from '@sms/core';
import { errorAttributesOf } from '../attributes/error-attributes';
import { setMessageAttributes, type RecipientPolicy } from '../attributes/set-message-attributes';
import { messageShapeOf, type AnyMessage, type MessageShape } from '../attributes/message-shape';
import { SmsAttributes, type SmsOperation } from '../attributes/sms-attributes';
import { contextWithOperation, type OperationRecord } from './operation-record';
import { recordSpanError } from './record-span-error';
import { outcomeOf, reportedSegments } from './result-outcome';
import { runInContext } from './run-in-context';
import type { SmsMetrics } from './sms-metrics';

const MILLISECONDS_PER_SECOND = 1000;

export interface ClientInstrumentation {
  tracer: Tracer;
  metrics: SmsMetrics;
  recipients: RecipientPolicy;
}

function providerOfTarget(target: MessageTarget): string | undefined {
  return typeof target === 'object' && !Array.isArray(target) ? (target as SendResult).provider : undefined;
}

function providerOfAnswer(answer: unknown): string | undefined {
  const first = Array.isArray(answer) ? answer[0] : answer;
  const provider = (first as { provider?: unknown } | undefined)?.provider;
  return typeof provider === 'string' ? provider : undefined;
}

function endOperation(span: Span, record: OperationRecord): void {
  if (record.attempts > 0) {
    span.setAttribute(SmsAttributes.attempt, record.attempts);
    span.setAttribute(SmsAttributes.failover, record.attempts > 1);
  }
  span.end();
}

/**
 * Wraps a client so that each call is one span (`sms send`, `sms getStatus`…), with the client's own work
 * (hooks, attempts, requests) running inside it. The client's `hooks` from `telemetry.hooks()` add a span per
 * provider attempt under it; without them a send is one span.
 */
export function instrumentClient(client: SmsClient, instrumentation: ClientInstrumentation): SmsClient {
  const { tracer, metrics, recipients } = instrumentation;

  // `describe` describes the call before it runs, `finish` its answer; neither runs when the span records nothing.
  const traced = <Answer>(
    operation: SmsOperation,
    describe: (span: Span, record: OperationRecord) => void,
    call: () => Promise<Answer>,
    finish: (span: Span, answer: Answer) => void,
  ): Promise<Answer> => {
    const active = context.active();
    const span = tracer.startSpan(
      `sms ${operation}`,
      { kind: SpanKind.INTERNAL, attributes: { [SmsAttributes.operation]: operation } },
      active,
    );
    // Without an SDK (or when the trace is not sampled) the span records nothing: skip the work of describing it.
    if (!span.isRecording()) return runInContext(trace.setSpan(active, span), call);
    const record: OperationRecord = { span, attempts: 0 };
    describe(span, record);
    // A `.then` rather than an `async` function: one promise instead of two.
    return runInContext(contextWithOperation(active, record), call).then(
      (answer) => {
        finish(span, answer);
        endOperation(span, record);
        return answer;
      },
      (error: unknown) => {
        recordSpanError(span, error);
        if (AllProvidersFailedError.isInstance(error)) {
          span.setAttribute(SmsAttributes.attempt, (error as AllProvidersFailedError).errors.length);
          span.setAttribute(SmsAttributes.failover, true);
        }
        endOperation(span, record);
        throw error;
      },
    );
  };

  const sending = (operation: SmsOperation, message: AnyMessage, call: () => Promise<SendResult>) =>
    traced(
      operation,
      (span, record) => {
        // What a caller passes is checked by the client inside the span; a message it will refuse has no attributes.
        let shape: MessageShape;
        try {
          shape = messageShapeOf(message);
        } catch {
          return;
        }
        record.message = message;
        record.shape = shape;
        setMessageAttributes(span, shape, recipients);
      },
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
      (span) => {
        if (known !== undefined) span.setAttribute(SmsAttributes.provider, known);
        span.setAttribute(SmsAttributes.attempt, 1);
      },
      // The duration is recorded whether or not the span records: an SDK may collect metrics without tracing.
      () =>
        call().then(
          (answer) => {
            record(providerOfAnswer(answer), { [SmsAttributes.outcome]: 'ok' });
            return answer;
          },
          (error: unknown) => {
            const attributes = errorAttributesOf(error);
            record(undefined, {
              [SmsAttributes.outcome]: attributes[SmsAttributes.outcome] ?? 'failed',
              [SmsAttributes.errorType]: attributes[SmsAttributes.errorType],
            });
            throw error;
          },
        ),
      (span, answer) => {
        const answered = providerOfAnswer(answer);
        if (answered !== undefined) span.setAttribute(SmsAttributes.provider, answered);
        span.setAttribute(SmsAttributes.outcome, 'ok');
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
