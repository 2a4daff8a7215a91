export { createQueueTelemetry } from './create-queue-telemetry';
export type { SmsQueueTelemetry } from './create-queue-telemetry';
