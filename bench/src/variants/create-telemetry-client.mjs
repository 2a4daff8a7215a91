// A client over the Ghasedak provider, with or without @sms/opentelemetry and an OpenTelemetry SDK set up as an
// application would in production: the async-hooks context manager, a batch span processor and a metric
// reader. The exporters drop what they get, so the figures are the instrumentation's and the SDK's own CPU
// (span creation, attributes, aggregation, batching), not an exporter's network.
import { PROVIDER_SETUPS, TEXT } from './provider-setups.mjs';

async function registerSdk() {
  const { context, metrics, trace } = await import('@opentelemetry/api');
  const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
  const { BasicTracerProvider, BatchSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { MeterProvider, MetricReader } = await import('@opentelemetry/sdk-metrics');
  const droppingExporter = {
    export: (_spans, done) => done({ code: 0 }),
    shutdown: async () => {},
  };
  class IdleReader extends MetricReader {
    async onForceFlush() {}
    async onShutdown() {}
  }
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(droppingExporter)] });
  const meterProvider = new MeterProvider({ readers: [new IdleReader()] });
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  return async () => {
    await tracerProvider.shutdown();
    await meterProvider.shutdown();
  };
}

/**
 * `instrumented`: the client with the telemetry and the SDK. `contextOnly`: the client alone, with only the SDK's
 * context manager in use: its AsyncLocalStorage costs every promise of the process, whatever is instrumented.
 */
export async function createTelemetryClient({ url, connections, instrumented, contextOnly = false }) {
  const { createSmsClient } = await import('@sms/core');
  const provider = await PROVIDER_SETUPS.ghasedak.create(url, connections);
  let client;
  let shutdown = async () => {};
  if (contextOnly) {
    const { context } = await import('@opentelemetry/api');
    const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    // Node's AsyncLocalStorage starts propagating (and costing) at its first `run`, as in an application whose
    // HTTP server instrumentation opens a context per request.
    context.with(context.active(), () => undefined);
  }
  if (instrumented) {
    shutdown = await registerSdk();
    const { createSmsTelemetry } = await import('@sms/opentelemetry');
    const telemetry = createSmsTelemetry();
    client = telemetry.instrument(createSmsClient({ providers: provider, hooks: telemetry.hooks() }));
  } else {
    client = createSmsClient({ providers: provider });
  }
  const message = { to: PROVIDER_SETUPS.ghasedak.recipient, text: TEXT };
  return {
    send: async () => {
      const result = await client.send(message);
      if (result.messages.length !== 1 || result.messages[0].id === undefined)
        throw new Error(`unexpected result ${JSON.stringify(result)}`);
    },
    close: async () => {
      await client.close();
      await shutdown();
    },
  };
}
