import type { MeterProvider, TracerProvider } from '@opentelemetry/api';
import { SmsError } from '@sms/core';
import type { RecipientRecording } from './attributes/redact-recipient';

export interface SmsTelemetryOptions {
  /** Default: the global one (`trace.getTracerProvider()`), a no-op until an SDK registers itself. */
  tracerProvider?: TracerProvider;
  /** Default: the global one (`metrics.getMeterProvider()`), a no-op until an SDK registers itself. */
  meterProvider?: MeterProvider;
  /** How spans name recipients (`sms.recipients`): `none` (default), `hashed` or `masked`. Metrics never do. */
  recipient?: RecipientRecording;
  /** The key of the HMAC behind `recipient: 'hashed'`; without it a plain SHA-256, which can be reversed by brute force. */
  hashKey?: string;
  /** At most this many recipients in `sms.recipients` (default 10); `sms.recipient.count` always has them all. */
  maxRecordedRecipients?: number;
}

const RECORDINGS = ['none', 'hashed', 'masked'];

function invalid(message: string): SmsError {
  return new SmsError(`@sms/opentelemetry: ${message}`, { code: 'INVALID_INPUT' });
}

/** Checks options a plain-JS caller may get wrong, before anything is instrumented. */
export function assertSmsTelemetryOptions(options: unknown): asserts options is SmsTelemetryOptions | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null)
    throw invalid('options must be an object such as { recipient: "masked" }.');
  const { recipient, hashKey, maxRecordedRecipients, tracerProvider, meterProvider } = options as Record<
    string,
    unknown
  >;
  if (recipient !== undefined && !RECORDINGS.includes(recipient as string))
    throw invalid(`\`recipient\` must be 'none', 'hashed' or 'masked', not ${JSON.stringify(recipient)}.`);
  if (hashKey !== undefined && (typeof hashKey !== 'string' || hashKey.length === 0))
    throw invalid('`hashKey` must be a non-empty string.');
  if (
    maxRecordedRecipients !== undefined &&
    (typeof maxRecordedRecipients !== 'number' || !Number.isInteger(maxRecordedRecipients) || maxRecordedRecipients < 0)
  )
    throw invalid('`maxRecordedRecipients` must be a whole number of at least 0.');
  if (tracerProvider !== undefined && typeof (tracerProvider as { getTracer?: unknown }).getTracer !== 'function')
    throw invalid('`tracerProvider` must have a getTracer method (an OpenTelemetry TracerProvider).');
  if (meterProvider !== undefined && typeof (meterProvider as { getMeter?: unknown }).getMeter !== 'function')
    throw invalid('`meterProvider` must have a getMeter method (an OpenTelemetry MeterProvider).');
}
