export { createSmsQueue } from './producer/create-sms-queue';
export type { SmsQueue } from './producer/create-sms-queue';
export type { EnqueueOptions, EnqueueResult, SmsQueueOptions, SmsQueueRetention } from './producer/sms-queue-types';
export { createSmsWorker } from './worker/create-sms-worker';
export type { SmsWorker } from './worker/create-sms-worker';
export type { SmsWorkerBackoff, SmsWorkerOptions } from './worker/sms-worker-types';
export type { SmsQueueConnection } from './connection/sms-queue-connection';
export type {
  QueuedSendResult,
  SmsErrorSummary,
  SmsJobErrorCode,
  SmsJobState,
  SmsJobStatus,
} from './status/sms-job-status';
export { createSharedRateLimits } from './rate-limit/create-shared-rate-limits';
export type {
  RateLimitCost,
  SharedRateLimit,
  SharedRateLimits,
  SharedRateLimitsOptions,
} from './rate-limit/shared-rate-limit-types';
export { measureRateAdherence } from './rate-limit/measure-rate-adherence';
export type { RateAdherence } from './rate-limit/measure-rate-adherence';
