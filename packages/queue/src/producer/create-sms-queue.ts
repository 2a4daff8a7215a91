import { randomUUID } from 'node:crypto';
import { SmsError, type BatchMessage, type SmsMessage, type TemplateMessage } from '@sms/core';
import { assertBatchMessages, assertSmsMessage, assertTemplateMessage } from '@sms/core/provider-utils';
import { Queue, type KeepJobs } from 'bullmq';
import { toConnectionOptions } from '../connection/to-connection-options';
import { fingerprintOf } from '../jobs/fingerprint-of';
import { jobIdOf } from '../jobs/job-id-of';
import { recipientsOf } from '../jobs/recipients-of';
import { callHookSafely } from '../observability/call-hook-safely';
import { carrierOf } from '../observability/carrier-of';
import type { EnqueueEvent } from '../observability/sms-queue-hooks';
import type { SmsJobData, SmsJobOperation, SmsJobResult } from '../jobs/sms-job-data';
import { readJobStatus } from '../status/read-job-status';
import type { SmsJobState, SmsJobStatus } from '../status/sms-job-status';
import { readCanceledJob } from '../status/canceled-job-record';
import { cancelCampaign } from '../campaign/cancel-campaign';
import { readCampaignReport } from '../campaign/read-campaign-report';
import { readCampaignStatus } from '../campaign/read-campaign-status';
import { startCampaign } from '../campaign/start-campaign';
import type {
  CampaignContent,
  CampaignOptions,
  CampaignRecipient,
  CampaignReport,
  CampaignStatus,
  SmsCampaign,
} from '../campaign/campaign-types';
import { cancelQueuedJob } from './cancel-queued-job';
import { DEFAULT_QUEUE_NAME } from '../jobs/default-queue-name';
import { createSmsMessageStatus, type SmsMessageStatus } from '../messages/sms-message-status';
import type { UnsettledSend } from '../status/unsettled-send';
import { listUnsettled } from './list-unsettled';
import { settleByHand, type SettleDecision } from './settle-by-hand';
import type { EnqueueOptions, EnqueueResult, SmsQueueOptions } from './sms-queue-types';

const DEFAULT_RETENTION_SECONDS = 7 * 24 * 60 * 60;
const MAX_KEY_LENGTH = 1024;
const DEFAULT_PAGE_SIZE = 100;

export interface UnsettledOptions {
  /** Jobs read from Redis at a time. Default 100. */
  pageSize?: number;
}

export interface SmsQueue extends SmsMessageStatus {
  /** The BullMQ queue underneath, for its events and administration. */
  readonly queue: Queue<SmsJobData, SmsJobResult>;
  send(message: SmsMessage, options?: EnqueueOptions): Promise<EnqueueResult>;
  sendBatch(messages: readonly BatchMessage[], options?: EnqueueOptions): Promise<EnqueueResult>;
  sendTemplate(message: TemplateMessage, options?: EnqueueOptions): Promise<EnqueueResult>;
  /** The status of a job, by its job id or by its idempotency key; `undefined` when Redis no longer has it. */
  status(jobIdOrKey: string): Promise<SmsJobStatus | undefined>;
  /**
   * Every send with recipients left `unknown` (a worker stopped mid-request and the provider could not settle
   * them, or the request timed out), newest first, with what a person needs to decide. Reads Redis
   * `pageSize` jobs at a time (default 100).
   */
  unsettled(options?: UnsettledOptions): AsyncIterable<UnsettledSend>;
  /**
   * Records what a person found out about unknown recipients of a job (by job id or idempotency key). Nothing
   * is sent. Resolves to the job's new status; `INVALID_INPUT` for a job or recipient that is not unknown.
   */
  settle(jobIdOrKey: string, decision: SettleDecision): Promise<SmsJobStatus>;
  /**
   * Cancels a send no worker has taken yet (by job id or idempotency key). Resolves to its state afterwards:
   * `canceled`, or the state it already had (`sending`, `sent`… cannot be canceled by the queue); `undefined`
   * when Redis has no such job.
   */
  cancel(jobIdOrKey: string): Promise<SmsJobState | undefined>;
  /** Starts a campaign: recipients streamed into provider-sized jobs. See the README's "Campaigns". */
  campaign(
    recipients: Iterable<CampaignRecipient> | AsyncIterable<CampaignRecipient>,
    content: CampaignContent,
    options?: CampaignOptions,
  ): SmsCampaign;
  /** A campaign's state and counts, from any process; `undefined` when Redis no longer has it. */
  campaignStatus(campaignId: string): Promise<CampaignStatus | undefined>;
  /** A campaign's final report, from any process; `undefined` when Redis no longer has it. */
  campaignReport(campaignId: string): Promise<CampaignReport | undefined>;
  /** Cancels a campaign from any process (as `SmsCampaign.cancel`); `undefined` when Redis has no such campaign. */
  cancelCampaign(campaignId: string): Promise<CampaignStatus | undefined>;
  /** Closes this queue's Redis connections; jobs already enqueued stay for the workers. */
  close(): Promise<void>;
}

function assertEnqueueOptions(options: EnqueueOptions | undefined): void {
  const key = options?.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH))
    throw new SmsError(`idempotencyKey must be a non-empty string of at most ${MAX_KEY_LENGTH} characters.`, {
      code: 'INVALID_INPUT',
    });
  if (options?.provider !== undefined && typeof options.provider !== 'string')
    throw new SmsError('provider must be the id of one of the client’s providers.', { code: 'INVALID_INPUT' });
}

function keepJobs(options: SmsQueueOptions): KeepJobs {
  const keep: KeepJobs = { age: options.retention?.ageSeconds ?? DEFAULT_RETENTION_SECONDS };
  if (options.retention?.count !== undefined) keep.count = options.retention.count;
  return keep;
}

/**
 * The producer side: enqueues sends for the workers of `createSmsWorker` (in this process or others) and
 * reads their status. It never calls a provider.
 */
export function createSmsQueue(options: SmsQueueOptions): SmsQueue {
  const queue = new Queue<SmsJobData, SmsJobResult>(options.name ?? DEFAULT_QUEUE_NAME, {
    connection: toConnectionOptions(options.connection, 'createSmsQueue'),
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.telemetry === undefined ? {} : { telemetry: options.telemetry }),
  });
  const keep = keepJobs(options);
  const hooks = options.hooks ?? {};
  const campaigns = {
    queue,
    keep,
    keepSeconds: options.retention?.ageSeconds ?? DEFAULT_RETENTION_SECONDS,
    hooks,
  };

  const enqueue = async (
    operation: SmsJobOperation,
    message: unknown,
    enqueueOptions: EnqueueOptions | undefined,
  ): Promise<EnqueueResult> => {
    const idempotencyKey = enqueueOptions?.idempotencyKey ?? randomUUID();
    const jobId = jobIdOf(idempotencyKey);
    const enqueueId = randomUUID();
    const data: SmsJobData = {
      operation,
      message,
      idempotencyKey,
      enqueueId,
      enqueuedAt: new Date().toISOString(),
    };
    if (enqueueOptions?.provider !== undefined) data.provider = enqueueOptions.provider;
    if (enqueueOptions?.failover !== undefined) data.failover = enqueueOptions.failover;
    data.fingerprint = fingerprintOf({ operation, message, provider: data.provider, failover: data.failover });
    const event: EnqueueEvent = { operation, jobId, idempotencyKey, recipients: recipientsOf(message).length };
    if (data.provider !== undefined) event.provider = data.provider;
    const carrier = carrierOf(callHookSafely(hooks.beforeEnqueue, event));
    if (carrier !== undefined) data.carrier = carrier;
    // BullMQ adds a job with a given id atomically (one Lua script): of two calls with the same key, from
    // any number of processes, one creates the job and the other finds it.
    await queue.add(operation, data, { jobId, attempts: 1, removeOnComplete: keep, removeOnFail: keep });
    const found = await readJobStatus(queue, jobId);
    const created = found === undefined || found.enqueueId === enqueueId;
    if (found !== undefined && !created && found.fingerprint !== undefined && found.fingerprint !== data.fingerprint)
      throw new SmsError(
        `The idempotency key "${idempotencyKey}" was enqueued before with another message (job ${jobId}, ` +
          `${found.status.state}); nothing was added. Use a new key for a new message, or the same message to ` +
          'get the first job back.',
        { code: 'INVALID_INPUT' },
      );
    callHookSafely(hooks.onEnqueued, { ...event, jobId, idempotencyKey, created });
    // Gone already: settled and removed by a retention shorter than this call, so how it ended is not known.
    return { jobId, idempotencyKey, state: found === undefined ? 'unknown' : found.status.state, created };
  };

  return {
    queue,
    async send(message, sendOptions) {
      assertSmsMessage(message);
      assertEnqueueOptions(sendOptions);
      return await enqueue('send', message, sendOptions);
    },
    async sendBatch(messages, sendOptions) {
      assertBatchMessages(messages);
      assertEnqueueOptions(sendOptions);
      return await enqueue('sendBatch', messages, sendOptions);
    },
    async sendTemplate(message, sendOptions) {
      assertTemplateMessage(message);
      assertEnqueueOptions(sendOptions);
      return await enqueue('sendTemplate', message, sendOptions);
    },
    async status(jobIdOrKey) {
      const found = (await readJobStatus(queue, jobIdOrKey)) ?? (await readJobStatus(queue, jobIdOf(jobIdOrKey)));
      return (
        found?.status ??
        (await readCanceledJob(queue, jobIdOrKey)) ??
        (await readCanceledJob(queue, jobIdOf(jobIdOrKey)))
      );
    },
    ...createSmsMessageStatus(queue),
    unsettled(unsettledOptions) {
      const pageSize = unsettledOptions?.pageSize ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(pageSize) || pageSize < 1)
        throw new SmsError(`unsettled: \`pageSize\` must be a whole number of at least 1, not ${String(pageSize)}.`, {
          code: 'INVALID_INPUT',
        });
      return listUnsettled(queue, pageSize);
    },
    async settle(jobIdOrKey, decision) {
      if (typeof jobIdOrKey !== 'string' || jobIdOrKey === '')
        throw new SmsError('queue.settle needs a job id or idempotency key.', { code: 'INVALID_INPUT' });
      const jobId = (await queue.getJob(jobIdOrKey)) === undefined ? jobIdOf(jobIdOrKey) : jobIdOrKey;
      await settleByHand(queue, jobId, decision);
      const found = await readJobStatus(queue, jobId);
      if (found === undefined)
        throw new SmsError(`queue.settle: job ${jobId} was removed from Redis as it was settled.`, {
          code: 'INVALID_INPUT',
        });
      return found.status;
    },
    async cancel(jobIdOrKey) {
      return (
        (await cancelQueuedJob(queue, jobIdOrKey, campaigns.keepSeconds)) ??
        (await cancelQueuedJob(queue, jobIdOf(jobIdOrKey), campaigns.keepSeconds))
      );
    },
    campaign: (recipients, content, campaignOptions) => startCampaign(campaigns, recipients, content, campaignOptions),
    campaignStatus: (campaignId) => readCampaignStatus(queue, campaignId),
    campaignReport: (campaignId) => readCampaignReport(queue, campaignId),
    cancelCampaign: (campaignId) => cancelCampaign(campaigns, campaignId),
    close: () => queue.close(),
  };
}
