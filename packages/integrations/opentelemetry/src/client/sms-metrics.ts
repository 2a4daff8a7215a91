import type { Counter, Histogram, Meter } from '@opentelemetry/api';

/** OpenTelemetry's advice for request durations in seconds (the HTTP client's buckets). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

export interface SmsMetrics {
  messagesSent: Counter;
  messagesFailed: Counter;
  segmentsSent: Counter;
  segmentsFailed: Counter;
  failovers: Counter;
  attemptDuration: Histogram;
}

export function createSmsMetrics(meter: Meter): SmsMetrics {
  return {
    messagesSent: meter.createCounter('sms.messages.sent', {
      unit: '{message}',
      description: 'Messages a provider accepted, one per recipient.',
    }),
    messagesFailed: meter.createCounter('sms.messages.failed', {
      unit: '{message}',
      description:
        'Messages a provider attempt failed or rejected, one per recipient (a failover may still send them).',
    }),
    segmentsSent: meter.createCounter('sms.segments.sent', {
      unit: '{segment}',
      description: 'Segments (billed parts) of the messages a provider accepted.',
    }),
    segmentsFailed: meter.createCounter('sms.segments.failed', {
      unit: '{segment}',
      description: 'Segments of the messages a provider attempt failed or rejected.',
    }),
    failovers: meter.createCounter('sms.failovers', {
      unit: '{failover}',
      description: 'Times the client moved on to the next provider after a failure.',
    }),
    attemptDuration: meter.createHistogram('sms.attempt.duration', {
      unit: 's',
      description: 'Duration of one provider attempt (all its requests).',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    }),
  };
}
