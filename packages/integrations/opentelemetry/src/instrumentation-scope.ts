import { metrics, trace, type Meter, type Tracer } from '@opentelemetry/api';
import type { SmsTelemetryOptions } from './sms-telemetry-options';

/** The name spans and metrics of this package are recorded under. */
export const INSTRUMENTATION_NAME = '@sms/opentelemetry';
export const INSTRUMENTATION_VERSION = '0.0.0';

export function tracerOf(options: SmsTelemetryOptions | undefined): Tracer {
  return (options?.tracerProvider ?? trace.getTracerProvider()).getTracer(
    INSTRUMENTATION_NAME,
    INSTRUMENTATION_VERSION,
  );
}

export function meterOf(options: SmsTelemetryOptions | undefined): Meter {
  return (options?.meterProvider ?? metrics.getMeterProvider()).getMeter(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION);
}
