import { randomUUID } from 'node:crypto';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createSmsClient, SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { createSmsQueue, createSmsWorker, type SmsQueue } from '@sms/queue';
import { startRedisServer, type RedisServer } from '@sms/queue/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmsTelemetry } from '../create-sms-telemetry';
import { startTelemetryHarness, type TelemetryHarness } from '../test-support/telemetry-harness';
import { createQueueTelemetry } from './create-queue-telemetry';

const NUMBER = '+989121234567';
const TEXT = 'Your code is 4711';

let redis: RedisServer;
let harness: TelemetryHarness;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});
beforeEach(() => {
  harness = startTelemetryHarness();
});
afterEach(async () => {
  await harness.shutdown();
});

async function settled(queue: SmsQueue, jobId: string): Promise<string> {
  for (;;) {
    const status = await queue.status(jobId);
    if (status !== undefined && status.state !== 'queued' && status.state !== 'sending') return status.state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function waitFor(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (check() ? resolve() : setTimeout(poll, 20));
    poll();
  });
}

function setUp() {
  const options = { tracerProvider: harness.tracerProvider, meterProvider: harness.meterProvider };
  const name = `sms-${randomUUID()}`;
  const queueTelemetry = createQueueTelemetry(options);
  const telemetry = createSmsTelemetry(options);
  const memory = createMemoryProvider();
  const queue = createSmsQueue({ connection: redis.url, name, hooks: queueTelemetry.queueHooks });
  const worker = createSmsWorker({
    connection: redis.url,
    name,
    backoff: { delayMs: 10 },
    client: createSmsClient({ providers: memory, hooks: telemetry.hooks() }),
    hooks: queueTelemetry.workerHooks,
  });
  const close = async () => {
    await worker.close();
    await queue.close();
  };
  return { memory, queue, close };
}

const named = (name: string) => (span: ReadableSpan) => span.name === name;

describe('queue telemetry', () => {
  it('puts the worker’s provider attempt in the trace of the code that enqueued the message', async () => {
    const { queue, close } = setUp();
    try {
      const tracer = harness.tracerProvider.getTracer('the application');
      const request = tracer.startSpan('POST /orders');
      const enqueued = await context.with(trace.setSpan(context.active(), request), () =>
        queue.send({ to: NUMBER, text: TEXT }),
      );
      request.end();
      expect(await settled(queue, enqueued.jobId)).toBe('sent');
      await waitFor(() => harness.spans().some(named('sms process')));

      const spans = harness.spans();
      const enqueue = spans.find(named('sms enqueue'))!;
      const process = spans.find(named('sms process'))!;
      const attempt = spans.find(named('sms send memory'))!;
      const traceId = request.spanContext().traceId;
      expect(enqueue.kind).toBe(SpanKind.PRODUCER);
      expect(process.kind).toBe(SpanKind.CONSUMER);
      expect([enqueue, process, attempt].map((span) => span.spanContext().traceId)).toEqual([
        traceId,
        traceId,
        traceId,
      ]);
      expect(enqueue.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
      expect(process.parentSpanContext?.spanId).toBe(enqueue.spanContext().spanId);
      expect(attempt.parentSpanContext?.spanId).toBe(process.spanContext().spanId);
      expect(process.attributes).toMatchObject({
        'sms.operation': 'send',
        'sms.recipient.count': 1,
        'sms.job.end': 'sent',
        'sms.job.attempt': 1,
        'messaging.message.id': enqueued.jobId,
      });
      const exported = JSON.stringify(spans.map((span) => [span.name, span.attributes, span.events]));
      for (const secret of [NUMBER, '9121234567', TEXT, '4711']) expect(exported).not.toContain(secret);
    } finally {
      await close();
    }
  });

  it('ends a run that will be retried without an error, and a run that failed with one', async () => {
    const { memory, queue, close } = setUp();
    try {
      memory.failWith(new SmsError('Slow down', { code: 'RATE_LIMITED', outcome: 'not-sent', retryable: true }), 1);
      const retried = await queue.send({ to: NUMBER, text: TEXT });
      expect(await settled(queue, retried.jobId)).toBe('sent');
      memory.failWith(new SmsError('Bad sender', { code: 'INVALID_SENDER', outcome: 'not-sent' }), 1);
      const failed = await queue.send({ to: NUMBER, text: TEXT });
      expect(await settled(queue, failed.jobId)).toBe('failed');
      await waitFor(() => harness.spans().filter(named('sms process')).length === 3);

      const runs = harness.spans().filter(named('sms process'));
      expect(runs.map((span) => [span.attributes['sms.job.end'], span.status.code])).toEqual([
        ['delayed', SpanStatusCode.UNSET],
        ['sent', SpanStatusCode.UNSET],
        ['failed', SpanStatusCode.ERROR],
      ]);
      expect(runs[2]!.attributes['sms.error.code']).toBe('INVALID_SENDER');
      // Both runs of the retried job belong to the trace of its one enqueue.
      expect(runs[0]!.spanContext().traceId).toBe(runs[1]!.spanContext().traceId);
    } finally {
      await close();
    }
  });
});
