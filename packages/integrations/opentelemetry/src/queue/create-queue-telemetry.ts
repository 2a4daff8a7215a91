import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { JobEndEvent, SmsQueueHooks, SmsWorkerHooks } from '@sms/queue';
import { SmsAttributes } from '../attributes/sms-attributes';
import { tracerOf } from '../instrumentation-scope';
import { assertSmsTelemetryOptions, type SmsTelemetryOptions } from '../sms-telemetry-options';

export interface SmsQueueTelemetry {
  /** `createSmsQueue({ hooks })`: a producer span per enqueue, its trace context carried with the job. */
  queueHooks: SmsQueueHooks;
  /** `createSmsWorker({ hooks })`: each run of a job in a consumer span, child of the enqueue's span. */
  workerHooks: SmsWorkerHooks;
}

const MESSAGING_SYSTEM = 'messaging.system';
const MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
const MESSAGING_MESSAGE_ID = 'messaging.message.id';
const JOB_ATTEMPT = 'sms.job.attempt';
const JOB_END = 'sms.job.end';
const CAMPAIGN = 'sms.campaign';

/** Reads the carrier, a plain record of strings, for `propagation.extract`. */
const carrierGetter = {
  keys: (carrier: Record<string, string>) => Object.keys(carrier),
  get: (carrier: Record<string, string>, key: string) => (Object.hasOwn(carrier, key) ? carrier[key] : undefined),
};

/**
 * Carries the trace through `@sms/queue`. The producer opens a short `sms enqueue` span (the messaging
 * conventions' "create" span) and injects its W3C context (`traceparent`, `tracestate`) with the job; the
 * worker extracts it and runs the job in an `sms process` span that is its child, so the client's spans in the
 * worker join the trace of the code that enqueued the message. Job ids and counts only: no number, no text.
 */
export function createQueueTelemetry(options?: SmsTelemetryOptions): SmsQueueTelemetry {
  assertSmsTelemetryOptions(options);
  const tracer = tracerOf(options);
  // A run's span is ended by onJobEnd, which knows how the run ended (a retry is not a failure).
  const running = new Map<string, Span>();
  const runKey = (event: { jobId: string; attempt: number }) => `${event.jobId}\n${event.attempt}`;

  const queueHooks: SmsQueueHooks = {
    beforeEnqueue(event) {
      const span = tracer.startSpan(`sms enqueue`, {
        kind: SpanKind.PRODUCER,
        attributes: {
          [SmsAttributes.operation]: event.operation,
          [MESSAGING_SYSTEM]: 'bullmq',
          [MESSAGING_OPERATION_TYPE]: 'create',
          ...(event.jobId === undefined ? {} : { [MESSAGING_MESSAGE_ID]: event.jobId }),
          ...(event.recipients === undefined ? {} : { [SmsAttributes.recipientCount]: event.recipients }),
          ...(event.provider === undefined ? {} : { [SmsAttributes.provider]: event.provider }),
          ...(event.campaignId === undefined ? {} : { [CAMPAIGN]: event.campaignId }),
        },
      });
      const carrier: Record<string, string> = {};
      propagation.inject(trace.setSpan(context.active(), span), carrier);
      span.end();
      return carrier;
    },
  };

  const endRun = (event: JobEndEvent) => {
    const key = runKey(event);
    const span = running.get(key);
    if (span === undefined) return;
    running.delete(key);
    span.setAttribute(JOB_END, event.end);
    if (event.accepted !== undefined) span.setAttribute('sms.job.accepted', event.accepted);
    if (event.error !== undefined) {
      span.setAttribute(SmsAttributes.errorCode, event.error.code);
      span.setAttribute(SmsAttributes.errorType, event.error.code);
      span.setAttribute(SmsAttributes.outcome, event.error.outcome);
    }
    if (event.end === 'failed' || event.end === 'unknown')
      span.setStatus({ code: SpanStatusCode.ERROR, message: event.error?.code ?? event.end });
    span.end();
  };

  const workerHooks: SmsWorkerHooks = {
    aroundJob(event, run) {
      const parent = propagation.extract(context.active(), event.carrier, carrierGetter);
      const span = tracer.startSpan(
        'sms process',
        {
          kind: SpanKind.CONSUMER,
          attributes: {
            [SmsAttributes.operation]: event.operation,
            [SmsAttributes.recipientCount]: event.recipients,
            [MESSAGING_SYSTEM]: 'bullmq',
            [MESSAGING_OPERATION_TYPE]: 'process',
            [MESSAGING_MESSAGE_ID]: event.jobId,
            [JOB_ATTEMPT]: event.attempt,
            'sms.job.reconciling': event.reconciling,
            ...(event.provider === undefined ? {} : { [SmsAttributes.provider]: event.provider }),
            ...(event.campaignId === undefined ? {} : { [CAMPAIGN]: event.campaignId }),
          },
        },
        parent,
      );
      running.set(runKey(event), span);
      return context.with(trace.setSpan(parent, span), run);
    },
    onJobEnd: endRun,
  };

  return { queueHooks, workerHooks };
}
