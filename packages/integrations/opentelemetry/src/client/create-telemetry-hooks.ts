import { context, SpanKind, trace, type Attributes, type Tracer } from '@opentelemetry/api';
import type { BeforeSendEvent, SendErrorEvent, SendResult, SentEvent, SmsHooks } from '@sms/core';
import { OTHER_ERROR } from '../attributes/error-attributes';
import { setMessageAttributes, type RecipientPolicy } from '../attributes/set-message-attributes';
import { messageShapeOf, segmentsAt, type AnyMessage, type MessageShape } from '../attributes/message-shape';
import { SmsAttributes } from '../attributes/sms-attributes';
import { isFailedMessage, outcomeOf, reportedSegments } from './result-outcome';
import { operationIn, type OperationRecord } from './operation-record';
import { recordSpanError } from './record-span-error';
import { runInContext } from './run-in-context';
import type { SmsMetrics } from './sms-metrics';

const MILLISECONDS_PER_SECOND = 1000;

/**
 * The client hooks behind `telemetry.hooks()`: `aroundAttempt` opens the attempt's span and runs the provider's
 * requests inside it (so an HTTP client instrumentation nests its spans there); `onSent` and `onError`, which the
 * client calls after each attempt with its duration and whether it fails over, record the metrics.
 */
export function createTelemetryHooks(tracer: Tracer, metrics: SmsMetrics, recipients: RecipientPolicy): SmsHooks {
  const baseAttributes = (event: BeforeSendEvent): Attributes => ({
    [SmsAttributes.provider]: event.provider,
    [SmsAttributes.operation]: event.operation,
  });

  const metricAttributes = metrics.attributesOf;

  // The operation's span described the caller's message already; the client hands its hooks that same object
  // unless it normalised the recipients (`defaultCountry`).
  const shapeIn = (operation: OperationRecord | undefined, message: AnyMessage): MessageShape =>
    operation?.message === message && operation.shape !== undefined ? operation.shape : messageShapeOf(message);
  // onSent and onError run in the context of the operation's span, if the client is instrumented.
  const operationOfActiveSpan = (): OperationRecord | undefined => operationIn(context.active());

  return {
    aroundAttempt<T>(event: BeforeSendEvent, run: () => Promise<T>): Promise<T> {
      const active = context.active();
      const operation = operationIn(active);
      if (operation !== undefined) operation.attempts = event.attempt;
      const span = tracer.startSpan(
        `sms ${event.operation} ${event.provider}`,
        { kind: SpanKind.CLIENT, attributes: baseAttributes(event) },
        active,
      );
      // Without an SDK (or when the trace is not sampled) the span records nothing: skip the work of describing it.
      if (!span.isRecording()) return runInContext(trace.setSpan(active, span), run);
      span.setAttribute(SmsAttributes.attempt, event.attempt);
      span.setAttribute(SmsAttributes.failover, event.attempt > 1);
      setMessageAttributes(span, shapeIn(operation, event.message), recipients);
      // A `.then` rather than an `async` function: one promise instead of two.
      return runInContext(trace.setSpan(active, span), run).then(
        (result) => {
          const sent = result as SendResult;
          span.setAttribute(SmsAttributes.outcome, outcomeOf(sent));
          const segments = reportedSegments(sent);
          if (segments !== undefined) span.setAttribute(SmsAttributes.segments, segments);
          span.end();
          return result;
        },
        (error: unknown) => {
          recordSpanError(span, error);
          span.end();
          throw error;
        },
      );
    },

    onSent(event: SentEvent) {
      const attributes = metricAttributes(event.provider, event.operation);
      let shape: MessageShape | undefined;
      let sent = 0;
      let sentSegments = 0;
      for (const [index, message] of event.result.messages.entries()) {
        const segments =
          message.segments ?? segmentsAt((shape ??= shapeIn(operationOfActiveSpan(), event.message)), index) ?? 0;
        if (isFailedMessage(message)) {
          const failed = metricAttributes(event.provider, event.operation, message.error?.code ?? OTHER_ERROR);
          metrics.messagesFailed.add(1, failed);
          if (segments > 0) metrics.segmentsFailed.add(segments, failed);
        } else {
          sent += 1;
          sentSegments += segments;
        }
      }
      if (sent > 0) metrics.messagesSent.add(sent, attributes);
      if (sentSegments > 0) metrics.segmentsSent.add(sentSegments, attributes);
      metrics.attemptDuration.record(
        event.durationMs / MILLISECONDS_PER_SECOND,
        metricAttributes(event.provider, event.operation, undefined, outcomeOf(event.result)),
      );
    },

    onError(event: SendErrorEvent) {
      const shape = shapeIn(operationOfActiveSpan(), event.message);
      const failed = metricAttributes(event.provider, event.operation, event.error.code);
      metrics.messagesFailed.add(shape.recipients.length, failed);
      if (shape.segments !== undefined && shape.segments > 0) metrics.segmentsFailed.add(shape.segments, failed);
      if (event.willFailover) metrics.failovers.add(1, failed);
      metrics.attemptDuration.record(
        event.durationMs / MILLISECONDS_PER_SECOND,
        metricAttributes(event.provider, event.operation, event.error.code, event.error.outcome),
      );
    },
  };
}
