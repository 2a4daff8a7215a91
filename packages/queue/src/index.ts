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
