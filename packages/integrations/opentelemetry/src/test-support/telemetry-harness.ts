import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { MeterProvider, MetricReader, type MetricData } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';

/** A reader the test collects from when it wants, instead of on a timer. */
class CollectingReader extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

export interface TelemetryHarness {
  tracerProvider: BasicTracerProvider;
  meterProvider: MeterProvider;
  spans(): ReadableSpan[];
  metrics(): Promise<MetricData[]>;
  /** The sum of a counter's points whose attributes include `where`. */
  sum(name: string, where?: Record<string, unknown>): Promise<number>;
  shutdown(): Promise<void>;
}

/**
 * An OpenTelemetry SDK as an application would set it up (async-hooks context manager, W3C propagation),
 * exporting to memory.
 */
export function startTelemetryHarness(): TelemetryHarness {
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const reader = new CollectingReader();
  const meterProvider = new MeterProvider({ readers: [reader] });

  const metrics = async (): Promise<MetricData[]> => {
    const { resourceMetrics } = await reader.collect();
    return resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics);
  };

  return {
    tracerProvider,
    meterProvider,
    spans: () => exporter.getFinishedSpans(),
    metrics,
    async sum(name, where = {}) {
      const metric = (await metrics()).find((candidate) => candidate.descriptor.name === name);
      if (metric === undefined) return 0;
      return metric.dataPoints
        .filter((point) => Object.entries(where).every(([key, value]) => point.attributes[key] === value))
        .reduce((total, point) => total + (typeof point.value === 'number' ? point.value : point.value.count), 0);
    },
    async shutdown() {
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
      context.disable();
      propagation.disable();
    },
  };
}
