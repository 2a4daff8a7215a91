export { createSmsQueue } from './producer/create-sms-queue';
export type { SmsQueue, UnsettledOptions } from './producer/create-sms-queue';
export type { SettleDecision } from './producer/settle-by-hand';
export type { UnsettledRecipient, UnsettledSend } from './status/unsettled-send';
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
export type { SmsMessageStatus } from './messages/sms-message-status';
export type {
  DeliveryReportsRecorded,
  SmsMessagePage,
  SmsMessageQuery,
  SmsMessageRecord,
  SmsMessageState,
} from './messages/sms-message-record';
export type { SmsStatusPolls } from './messages/status-polls-options';
export type {
  CampaignContent,
  CampaignCounts,
  CampaignEvents,
  CampaignOptions,
  CampaignRecipient,
  CampaignRecipientEntry,
  CampaignRecipientIssue,
  CampaignReport,
  CampaignState,
  CampaignStatus,
  PersonalisedMessage,
  SmsCampaign,
} from './campaign/campaign-types';
export { DEFAULT_CAMPAIGN_CHUNK_SIZE } from './campaign/start-campaign';
export { createSharedRateLimits } from './rate-limit/create-shared-rate-limits';
export type {
  RateLimitCost,
  SharedRateLimit,
  SharedRateLimits,
  SharedRateLimitsOptions,
} from './rate-limit/shared-rate-limit-types';
export { measureRateAdherence } from './rate-limit/measure-rate-adherence';
export type { RateAdherence } from './rate-limit/measure-rate-adherence';
export type {
  EnqueueEvent,
  EnqueuedEvent,
  JobEndEvent,
  JobEvent,
  JobRunEnd,
  SmsJobCarrier,
  SmsQueueHooks,
  SmsWorkerHooks,
} from './observability/sms-queue-hooks';
