import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { SmsError } from '@sms/core';
import { assertSendAt } from '@sms/core/provider-utils';
import { cancelCampaign } from './cancel-campaign';
import type { ChunkLimits } from './campaign-chunks';
import type {
  CampaignContent,
  CampaignOptions,
  CampaignRecipient,
  CampaignStatus,
  SmsCampaign,
} from './campaign-types';
import { enqueueCampaign, type CampaignPlan, type EnqueueCampaignContext } from './enqueue-campaign';
import { callHookSafely } from '../observability/call-hook-safely';
import { carrierOf } from '../observability/carrier-of';
import type { EnqueueEvent } from '../observability/sms-queue-hooks';
import { readCampaignReport } from './read-campaign-report';
import { readCampaignStatus } from './read-campaign-status';

/** The chunk size when neither `chunkSize` nor `capabilities` is given: the smallest limit of the bundled providers. */
export const DEFAULT_CAMPAIGN_CHUNK_SIZE = 100;
const MAX_ID_LENGTH = 200;

function invalid(message: string): SmsError {
  return new SmsError(message, { code: 'INVALID_INPUT' });
}

function isWholeAtLeastOne(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function limitsOf(options: CampaignOptions): ChunkLimits {
  if (options.chunkSize !== undefined) {
    if (!isWholeAtLeastOne(options.chunkSize))
      throw invalid(`campaign: \`chunkSize\` must be a whole number of at least 1, not ${String(options.chunkSize)}.`);
    return { perRequest: options.chunkSize, perBatch: options.chunkSize };
  }
  const capabilities = options.capabilities;
  if (capabilities === undefined)
    return { perRequest: DEFAULT_CAMPAIGN_CHUNK_SIZE, perBatch: DEFAULT_CAMPAIGN_CHUNK_SIZE };
  const perRequest = capabilities.maxRecipientsPerRequest;
  const perBatch = capabilities.maxBatchSize ?? perRequest;
  if (!isWholeAtLeastOne(perRequest) || !isWholeAtLeastOne(perBatch))
    throw invalid('campaign: `capabilities` must be a provider’s SmsCapabilities (such as GHASEDAK_CAPABILITIES).');
  return { perRequest, perBatch };
}

function assertContent(content: CampaignContent): void {
  if (typeof content === 'function') return;
  if (typeof content !== 'object' || content === null)
    throw invalid('campaign: the content must be { text }, { template, params? } or a function of the recipient.');
  if ('template' in content) {
    if (typeof content.template !== 'string' || content.template === '')
      throw invalid('campaign: `template` must be the name of a template of the client’s registry.');
    return;
  }
  if (typeof (content as { text?: unknown }).text !== 'string')
    throw invalid('campaign: the content must be { text }, { template, params? } or a function of the recipient.');
}

function assertOptions(options: CampaignOptions, content: CampaignContent): void {
  if (
    options.id !== undefined &&
    (typeof options.id !== 'string' || options.id === '' || options.id.length > MAX_ID_LENGTH)
  )
    throw invalid(`campaign: \`id\` must be a non-empty string of at most ${MAX_ID_LENGTH} characters.`);
  if (options.schedule !== undefined && options.schedule !== 'queue' && options.schedule !== 'provider')
    throw invalid("campaign: `schedule` is 'queue' (the queue holds the jobs until sendAt) or 'provider'.");
  if (options.sendAt !== undefined) assertSendAt(options.sendAt);
  if (options.schedule === 'provider') {
    if (options.sendAt === undefined) throw invalid("campaign: `schedule: 'provider'` needs a `sendAt`.");
    if (options.capabilities !== undefined && options.capabilities.scheduling === false)
      throw invalid("campaign: this provider does not schedule messages; use `schedule: 'queue'`.");
  }
  if (typeof content === 'function' && options.capabilities?.batch === false)
    throw invalid('campaign: this provider has no personalised batches; send one text or a template instead.');
  if (options.provider !== undefined && typeof options.provider !== 'string')
    throw invalid('campaign: `provider` must be the id of one of the client’s providers.');
  if (
    options.progressIntervalMs !== undefined &&
    !(typeof options.progressIntervalMs === 'number' && options.progressIntervalMs > 0)
  )
    throw invalid('campaign: `progressIntervalMs` must be a positive number of milliseconds.');
}

function isIterable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (Symbol.iterator in value || Symbol.asyncIterator in value) &&
    typeof value !== 'string'
  );
}

function isFinished(status: CampaignStatus): boolean {
  return status.state === 'done' || (status.state === 'canceled' && status.settledChunks >= status.chunks);
}

/**
 * Starts a campaign: checks its options at once (an `SmsError` `INVALID_INPUT`), then reads the recipients
 * and enqueues their chunks in the background; the handle follows it.
 */
export function startCampaign(
  context: EnqueueCampaignContext,
  recipients: Iterable<CampaignRecipient> | AsyncIterable<CampaignRecipient>,
  content: CampaignContent,
  options: CampaignOptions = {},
): SmsCampaign {
  if (!isIterable(recipients))
    throw invalid('campaign: `recipients` must be an array, an iterable or an async iterable of recipients.');
  assertContent(content);
  assertOptions(options, content);
  const limits = limitsOf(options);
  const id = options.id ?? randomUUID();
  const { queue } = context;
  const intervalMs = options.progressIntervalMs ?? 1000;

  let created!: () => void;
  const recordCreated = new Promise<void>((resolve) => {
    created = resolve;
  });
  const event: EnqueueEvent = { operation: 'campaign', campaignId: id };
  if (options.provider !== undefined) event.provider = options.provider;
  const carrier = carrierOf(callHookSafely(context.hooks.beforeEnqueue, event));
  const plan: CampaignPlan = { id, recipients, content, options, limits };
  if (carrier !== undefined) plan.carrier = carrier;
  const enqueuing = enqueueCampaign(context, plan, created);
  // A failure is surfaced by enqueued() and done(); not an unhandled rejection when nobody asks.
  enqueuing.catch(() => undefined).finally(created);

  const emitter = new EventEmitter();
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  let finished = false;

  const missing = () =>
    new SmsError(`Redis has no campaign ${id}: it was never created there, or its retention ended.`, {
      code: 'INVALID_INPUT',
    });
  const status = async (): Promise<CampaignStatus> => {
    await recordCreated;
    const found = await readCampaignStatus(queue, id);
    if (found === undefined) throw missing();
    return found;
  };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const poll = async (): Promise<void> => {
    try {
      const current = await status();
      const text = JSON.stringify(current);
      if (text !== last) {
        last = text;
        emitter.emit('progress', current);
      }
      if (isFinished(current) && !finished) {
        finished = true;
        stop();
        emitter.emit('done', current);
      }
    } catch (error) {
      if (emitter.listenerCount('error') > 0) emitter.emit('error', error);
    }
  };
  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const start = (): void => {
    if (timer !== undefined) return;
    timer = setInterval(() => void poll(), intervalMs);
    timer.unref();
  };

  const handle: SmsCampaign = {
    id,
    async enqueued() {
      await enqueuing;
      return status();
    },
    status,
    async counts() {
      return (await status()).counts;
    },
    async report() {
      return (await readCampaignReport(queue, id)) ?? Promise.reject(missing());
    },
    async cancel() {
      await recordCreated;
      await cancelCampaign(context, id);
      // The enqueue stops at its next round trip; a group it was adding meanwhile is removed by a second pass.
      await enqueuing.catch(() => undefined);
      return (await cancelCampaign(context, id)) ?? status();
    },
    async done() {
      await enqueuing;
      for (;;) {
        const current = await status();
        if (isFinished(current)) return current;
        await wait(Math.min(intervalMs, 200));
      }
    },
    on(event, listener) {
      emitter.on(event, listener as (...args: unknown[]) => void);
      if (event !== 'error') start();
      return handle;
    },
    off(event, listener) {
      emitter.off(event, listener as (...args: unknown[]) => void);
      if (emitter.listenerCount('progress') + emitter.listenerCount('done') === 0) stop();
      return handle;
    },
  };
  return handle;
}
