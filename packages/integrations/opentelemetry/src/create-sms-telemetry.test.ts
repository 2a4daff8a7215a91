import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { DataPointType } from '@opentelemetry/sdk-metrics';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createSmsClient, SmsError, type SmsClient } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmsTelemetry } from './create-sms-telemetry';
import type { SmsTelemetryOptions } from './sms-telemetry-options';
import { startTelemetryHarness, type TelemetryHarness } from './test-support/telemetry-harness';

const NUMBER = '+989121234567';
const OTHER_NUMBER = '+989351112233';
const TEXT = 'Your code is 4711';
const PERSIAN_TEXT = 'کد ورود شما ۴۷۱۱ است';
const API_KEY = 'sk_live_8f2a9c0d1e';

let harness: TelemetryHarness;
beforeEach(() => {
  harness = startTelemetryHarness();
});
afterEach(async () => {
  await harness.shutdown();
});

function setUp(providers: MemoryProvider[], options: SmsTelemetryOptions = {}) {
  const telemetry = createSmsTelemetry({
    tracerProvider: harness.tracerProvider,
    meterProvider: harness.meterProvider,
    ...options,
  });
  return telemetry.instrument(createSmsClient({ providers, hooks: telemetry.hooks() }));
}

const named = (name: string) => (span: ReadableSpan) => span.name === name;
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('spans', () => {
  it('make one span per operation and one per provider attempt under it, with the failover on both', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(
      new SmsError('No credit left', { code: 'INSUFFICIENT_CREDIT', providerCode: 402, outcome: 'not-sent' }),
      1,
    );
    const sms = setUp([first, second]);

    const result = await sms.send({ to: [NUMBER, OTHER_NUMBER], text: TEXT });
    expect(result.provider).toBe('second');

    const spans = harness.spans();
    expect(spans.map((span) => span.name).sort()).toEqual(['sms send', 'sms send first', 'sms send second']);
    const operation = spans.find(named('sms send'))!;
    const failed = spans.find(named('sms send first'))!;
    const sent = spans.find(named('sms send second'))!;

    expect(operation.kind).toBe(SpanKind.INTERNAL);
    expect(operation.attributes).toMatchObject({
      'sms.operation': 'send',
      'sms.provider': 'second',
      'sms.recipient.count': 2,
      'sms.encoding': 'GSM-7',
      'sms.segments': 2,
      'sms.outcome': 'sent',
      'sms.attempt': 2,
      'sms.failover': true,
    });
    expect(operation.status.code).not.toBe(SpanStatusCode.ERROR);

    for (const attempt of [failed, sent]) {
      expect(attempt.kind).toBe(SpanKind.CLIENT);
      expect(attempt.spanContext().traceId).toBe(operation.spanContext().traceId);
      expect(parentOf(attempt)).toBe(operation.spanContext().spanId);
    }
    expect(failed.attributes).toMatchObject({
      'sms.provider': 'first',
      'sms.attempt': 1,
      'sms.failover': false,
      'sms.error.code': 'INSUFFICIENT_CREDIT',
      'sms.provider.code': '402',
      'sms.outcome': 'not-sent',
      'error.type': 'INSUFFICIENT_CREDIT',
    });
    expect(failed.status).toEqual({ code: SpanStatusCode.ERROR, message: 'INSUFFICIENT_CREDIT' });
    expect(sent.attributes).toMatchObject({
      'sms.provider': 'second',
      'sms.attempt': 2,
      'sms.failover': true,
      'sms.outcome': 'sent',
    });
    expect(sent.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it("keep an operation's attempt count when a client without instrument() sends inside one of its attempts", async () => {
    const telemetry = createSmsTelemetry({
      tracerProvider: harness.tracerProvider,
      meterProvider: harness.meterProvider,
    });
    const inner = createSmsClient({ providers: createMemoryProvider({ id: 'inner' }), hooks: telemetry.hooks() });
    const first = createMemoryProvider({ id: 'first' });
    first.failWith(new SmsError('No credit left', { code: 'INSUFFICIENT_CREDIT', outcome: 'not-sent' }), 1);
    const second = createMemoryProvider({ id: 'second' });
    const send = second.send.bind(second);
    second.send = async (message, options) => {
      await inner.send({ to: NUMBER, text: TEXT });
      return send(message, options);
    };
    const sms = telemetry.instrument(createSmsClient({ providers: [first, second], hooks: telemetry.hooks() }));
    await sms.send({ to: NUMBER, text: TEXT });

    expect(harness.spans().find(named('sms send'))!.attributes).toMatchObject({
      'sms.attempt': 2,
      'sms.failover': true,
    });
    expect(harness.spans().find(named('sms send inner'))!.attributes).toMatchObject({ 'sms.attempt': 1 });
  });

  it('run each provider request inside its attempt span, where an HTTP client instrumentation nests its spans', async () => {
    const memory = createMemoryProvider();
    const activeAtRequest: (Span | undefined)[] = [];
    const send = memory.send.bind(memory);
    memory.send = (message, options) => {
      activeAtRequest.push(trace.getActiveSpan());
      return send(message, options);
    };
    const sms = setUp([memory]);
    await sms.send({ to: NUMBER, text: TEXT });

    const attempt = harness.spans().find(named('sms send memory'))!;
    expect(activeAtRequest).toHaveLength(1);
    expect(activeAtRequest[0]?.spanContext().spanId).toBe(attempt.spanContext().spanId);
  });

  it('set the status to ERROR with the SmsError code when every provider fails', async () => {
    const memory = createMemoryProvider();
    memory.failWith(
      new SmsError('Sender not allowed', { code: 'INVALID_SENDER', statusCode: 400, outcome: 'not-sent' }),
      1,
    );
    const sms = setUp([memory]);
    await expect(sms.send({ to: NUMBER, text: TEXT })).rejects.toMatchObject({ code: 'INVALID_SENDER' });

    const operation = harness.spans().find(named('sms send'))!;
    expect(operation.status).toEqual({ code: SpanStatusCode.ERROR, message: 'INVALID_SENDER' });
    expect(operation.attributes).toMatchObject({
      'error.type': 'INVALID_SENDER',
      'sms.error.code': 'INVALID_SENDER',
      'sms.outcome': 'not-sent',
      'http.response.status_code': 400,
      'sms.attempt': 1,
      'sms.failover': false,
    });
  });

  it('describe each send as it is when sent, when the caller sends one message object again after changing it', async () => {
    const sms = setUp([createMemoryProvider()]);
    const message: { to: string | string[]; text: string } = { to: NUMBER, text: TEXT };
    await sms.send(message);
    message.to = [NUMBER, OTHER_NUMBER];
    message.text = PERSIAN_TEXT;
    await sms.send(message);

    const described = (name: string) =>
      harness
        .spans()
        .filter(named(name))
        .map((span) => [span.attributes['sms.recipient.count'], span.attributes['sms.encoding']]);
    expect(described('sms send')).toEqual([
      [1, 'GSM-7'],
      [2, 'UCS-2'],
    ]);
    expect(described('sms send memory')).toEqual([
      [1, 'GSM-7'],
      [2, 'UCS-2'],
    ]);
  });

  it('trace batches, templates and the calls that go to one provider (cancel, status, balance, inbound)', async () => {
    const memory = createMemoryProvider();
    const sms = setUp([memory]);
    const batch = await sms.sendBatch([
      { to: NUMBER, text: PERSIAN_TEXT },
      { to: OTHER_NUMBER, text: TEXT },
    ]);
    await sms.sendTemplate({ to: NUMBER, template: 'otp', params: { code: '4711' } });
    await sms.getStatus(batch);
    await sms.cancel(batch).catch(() => undefined);
    await sms.getBalance();
    await sms.listInbound();

    const spans = harness.spans();
    const names = spans.map((span) => span.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'sms sendBatch',
        'sms sendBatch memory',
        'sms sendTemplate',
        'sms sendTemplate memory',
        'sms getStatus',
        'sms cancel',
        'sms getBalance',
        'sms listInbound',
      ]),
    );
    expect(spans.find(named('sms sendBatch'))!.attributes).toMatchObject({
      'sms.recipient.count': 2,
      'sms.encoding': 'UCS-2',
    });
    for (const name of ['sms getStatus', 'sms getBalance', 'sms listInbound']) {
      expect(spans.find(named(name))!.attributes).toMatchObject({ 'sms.provider': 'memory', 'sms.attempt': 1 });
    }
  });
});

describe('metrics', () => {
  it('count messages and segments sent and failed, failovers, and attempt durations by provider', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(new SmsError('Slow down', { code: 'RATE_LIMITED', outcome: 'not-sent' }), 1);
    const sms = setUp([first, second]);

    await sms.send({ to: [NUMBER, OTHER_NUMBER], text: PERSIAN_TEXT }); // first refuses, second sends
    await sms.send({ to: NUMBER, text: 'x'.repeat(161) }); // first sends two GSM-7 segments

    const segmentsPerPersianMessage = 1;
    expect(await harness.sum('sms.messages.sent', { 'sms.provider': 'second', 'sms.operation': 'send' })).toBe(2);
    expect(await harness.sum('sms.segments.sent', { 'sms.provider': 'second' })).toBe(2 * segmentsPerPersianMessage);
    expect(await harness.sum('sms.messages.sent', { 'sms.provider': 'first' })).toBe(1);
    expect(await harness.sum('sms.segments.sent', { 'sms.provider': 'first' })).toBe(2);
    expect(
      await harness.sum('sms.messages.failed', { 'sms.provider': 'first', 'sms.error.code': 'RATE_LIMITED' }),
    ).toBe(2);
    expect(await harness.sum('sms.failovers', { 'sms.provider': 'first', 'sms.error.code': 'RATE_LIMITED' })).toBe(1);
    expect(await harness.sum('sms.attempt.duration', { 'sms.provider': 'first' })).toBe(2);
    expect(await harness.sum('sms.attempt.duration', { 'sms.provider': 'second' })).toBe(1);

    const exported = await harness.metrics();
    const duration = exported.find((metric) => metric.descriptor.name === 'sms.attempt.duration')!;
    expect(duration.descriptor.unit).toBe('s');
    expect(duration.dataPointType).toBe(DataPointType.HISTOGRAM);
    // The counters are kept in the process and observed at collection: exporters see monotonic sums all the same.
    const sent = exported.find((metric) => metric.descriptor.name === 'sms.messages.sent')!;
    expect(sent).toMatchObject({ dataPointType: DataPointType.SUM, isMonotonic: true });
    expect(sent.descriptor).toMatchObject({
      unit: '{message}',
      description: 'Messages a provider accepted, one per recipient.',
    });
  });

  it('add the sends of two telemetries on one meter (two clients) to the same series', async () => {
    const first = setUp([createMemoryProvider()]);
    const second = setUp([createMemoryProvider()]);
    await first.send({ to: NUMBER, text: TEXT });
    await second.send({ to: [NUMBER, OTHER_NUMBER], text: TEXT });
    await first.send({ to: NUMBER, text: TEXT });
    expect(await harness.sum('sms.messages.sent', { 'sms.provider': 'memory' })).toBe(4);
    expect(await harness.sum('sms.segments.sent', { 'sms.provider': 'memory' })).toBe(4);
    await second.send({ to: NUMBER, text: TEXT });
    expect(await harness.sum('sms.messages.sent', { 'sms.provider': 'memory' })).toBe(5);
  });
});

/** Everything an exporter would send: span names, attributes, events, links, status, metric names and attributes. */
async function exportedText(): Promise<string> {
  const spans = harness.spans().map((span) => ({
    name: span.name,
    attributes: span.attributes,
    events: span.events,
    links: span.links,
    status: span.status,
    resource: span.resource.attributes,
  }));
  const metrics = (await harness.metrics()).map((metric) => ({
    descriptor: metric.descriptor,
    points: metric.dataPoints.map((point) => point.attributes),
  }));
  return JSON.stringify({ spans, metrics });
}

describe('privacy', () => {
  const secrets = [NUMBER, OTHER_NUMBER, '9121234567', '9351112233', TEXT, '4711', PERSIAN_TEXT, API_KEY];

  async function sendEverything(sms: SmsClient, provider: MemoryProvider) {
    await sms.send({ to: [NUMBER, OTHER_NUMBER], text: TEXT });
    await sms.sendBatch([{ to: NUMBER, text: PERSIAN_TEXT }]);
    await sms.sendTemplate({ to: OTHER_NUMBER, template: 'otp', params: { code: '4711' } });
    // An error whose message quotes the number, the text and a key, as a careless provider answer might.
    provider.failWith(
      new SmsError(`Refused ${NUMBER} "${TEXT}" for key ${API_KEY}`, {
        code: 'AUTHENTICATION',
        providerCode: 'E1',
        outcome: 'not-sent',
      }),
      1,
    );
    await sms.send({ to: NUMBER, text: TEXT }).catch(() => undefined);
    await sms.getStatus(await sms.send({ to: OTHER_NUMBER, text: TEXT }));
  }

  it('export no phone number, text or key by default, in any span or metric', async () => {
    const provider = createMemoryProvider();
    await sendEverything(setUp([provider]), provider);
    expect(harness.spans().length).toBeGreaterThanOrEqual(10);
    const exported = await exportedText();
    // The scan itself can fail: the error's code is there, so the text is what was exported.
    expect(exported).toContain('AUTHENTICATION');
    for (const secret of secrets) expect(exported).not.toContain(secret);
    expect(exported).not.toContain('sms.recipients');
  });

  it('record masked or hashed recipients only when asked, never the number itself', async () => {
    const masked = createMemoryProvider();
    await sendEverything(setUp([masked], { recipient: 'masked' }), masked);
    let exported = await exportedText();
    expect(exported).toContain('+989*******67');
    for (const secret of secrets) expect(exported).not.toContain(secret);

    await harness.shutdown();
    harness = startTelemetryHarness();
    const hashed = createMemoryProvider();
    await sendEverything(setUp([hashed], { recipient: 'hashed', hashKey: 'pepper' }), hashed);
    exported = await exportedText();
    expect(exported).toMatch(/"sms\.recipients":\["[0-9a-f]{64}"/);
    for (const secret of secrets) expect(exported).not.toContain(secret);
  });
});

describe('without an SDK and with your own hooks', () => {
  it('is a no-op through the global providers until an SDK registers', async () => {
    const telemetry = createSmsTelemetry();
    const memory = createMemoryProvider();
    const sms = telemetry.instrument(createSmsClient({ providers: memory, hooks: telemetry.hooks() }));
    await sms.send({ to: NUMBER, text: TEXT });
    expect(memory.messages).toHaveLength(1);
    expect(harness.spans()).toEqual([]);
  });

  it('runs your hooks after its own, your aroundAttempt inside the attempt span', async () => {
    const telemetry = createSmsTelemetry({
      tracerProvider: harness.tracerProvider,
      meterProvider: harness.meterProvider,
    });
    const seen: string[] = [];
    const memory = createMemoryProvider();
    const sms = createSmsClient({
      providers: memory,
      hooks: telemetry.hooks({
        beforeSend: () => void seen.push('beforeSend'),
        onSent: () => void seen.push('onSent'),
        aroundAttempt: (_event, run) => {
          seen.push(`around:${trace.getActiveSpan() === undefined ? 'none' : 'span'}`);
          return run();
        },
      }),
    });
    await sms.send({ to: NUMBER, text: TEXT });
    expect(seen).toEqual(['beforeSend', 'around:span', 'onSent']);
    expect(memory.messages).toHaveLength(1);
    expect(await harness.sum('sms.messages.sent')).toBe(1);
  });

  it('refuses bad options with INVALID_INPUT', () => {
    expect(() => createSmsTelemetry({ recipient: 'plain' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => createSmsTelemetry({ hashKey: '' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createSmsTelemetry().instrument({} as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => createSmsTelemetry().hooks({ onSent: 1 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
