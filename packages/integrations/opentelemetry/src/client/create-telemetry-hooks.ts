import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type { BeforeSendEvent, SendErrorEvent, SendResult, SentEvent, SmsHooks } from '@sms/core';
import { errorAttributesOf, OTHER_ERROR } from '../attributes/error-attributes';
import { messageAttributesOf, type RecipientPolicy } from '../attributes/message-attributes';
import { messageShapeOf, segmentsAt, type MessageShape } from '../attributes/message-shape';
import { SmsAttributes } from '../attributes/sms-attributes';
import { isFailedMessage, outcomeOf, reportedSegments } from './result-outcome';
import type { SmsMetrics } from './sms-metrics';

const MILLISECONDS_PER_SECOND = 1000;

/**
 * The client hooks behind `telemetry.hooks()`: `aroundAttempt` opens the attempt's span and runs the provider's
 * requests inside it (so an HTTP client instrumentation nests its spans there); `onSent` and `onError`, which the
 * client calls after each attempt with its duration and whether it fails over, record the metrics.
 */
export function createTelemetryHooks(
  tracer: Tracer,
  metrics: SmsMetrics,
  recipients: RecipientPolicy,
  attempts: WeakMap<Span, number>,
): SmsHooks {
  const baseAttributes = (event: BeforeSendEvent): Attributes => ({
    [SmsAttributes.provider]: event.provider,
    [SmsAttributes.operation]: event.operation,
  });

  // Metric attributes take few values (providers × operations × codes × outcomes): one frozen object per
  // combination spares an allocation per record, the most frequent thing this package does.
  const cachedAttributes = new Map<string, Attributes>();
  const metricAttributes = (provider: string, operation: string, code?: string, outcome?: string): Attributes => {
    const key = `${provider}\u0000${operation}\u0000${code ?? ''}\u0000${outcome ?? ''}`;
    let attributes = cachedAttributes.get(key);
    if (attributes === undefined) {
      attributes = { [SmsAttributes.provider]: provider, [SmsAttributes.operation]: operation };
      if (code !== undefined) {
        attributes[SmsAttributes.errorCode] = code;
        attributes[SmsAttributes.errorType] = code;
      }
      if (outcome !== undefined) attributes[SmsAttributes.outcome] = outcome;
      cachedAttributes.set(key, Object.freeze(attributes));
    }
    return attributes;
  };

  return {
    async aroundAttempt<T>(event: BeforeSendEvent, run: () => Promise<T>): Promise<T> {
      const parent = trace.getSpan(context.active());
      if (parent !== undefined) attempts.set(parent, event.attempt);
      const span = tracer.startSpan(`sms ${event.operation} ${event.provider}`, {
        kind: SpanKind.CLIENT,
        attributes: baseAttributes(event),
      });
      // Without an SDK (or when the trace is not sampled) the span records nothing: skip the work of describing it.
      if (!span.isRecording()) return context.with(trace.setSpan(context.active(), span), run);
      span.setAttributes({
        [SmsAttributes.attempt]: event.attempt,
        [SmsAttributes.failover]: event.attempt > 1,
        ...messageAttributesOf(messageShapeOf(event.message), recipients),
      });
      try {
        const result = (await context.with(trace.setSpan(context.active(), span), run)) as SendResult;
        span.setAttribute(SmsAttributes.outcome, outcomeOf(result));
        const segments = reportedSegments(result);
        if (segments !== undefined) span.setAttribute(SmsAttributes.segments, segments);
        return result as T;
      } catch (error) {
        span.setAttributes(errorAttributesOf(error));
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: String(errorAttributesOf(error)[SmsAttributes.errorType]),
        });
        throw error;
      } finally {
        span.end();
      }
    },

    onSent(event: SentEvent) {
      const attributes = metricAttributes(event.provider, event.operation);
      let shape: MessageShape | undefined;
      let sent = 0;
      let sentSegments = 0;
      for (const [index, message] of event.result.messages.entries()) {
        const segments = message.segments ?? segmentsAt((shape ??= messageShapeOf(event.message)), index) ?? 0;
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
      const shape = messageShapeOf(event.message);
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
