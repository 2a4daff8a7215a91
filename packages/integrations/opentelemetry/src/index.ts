export { createSmsTelemetry } from './create-sms-telemetry';
export type { SmsTelemetry } from './create-sms-telemetry';
export type { SmsTelemetryOptions } from './sms-telemetry-options';
export type { RecipientRecording } from './attributes/redact-recipient';
export { SmsAttributes } from './attributes/sms-attributes';
export type { SmsOperation } from './attributes/sms-attributes';
export { INSTRUMENTATION_NAME } from './instrumentation-scope';
