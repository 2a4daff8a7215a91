import { SmsError } from '../errors/sms-error';
import type { SendResult, SentMessage } from '../model/send-result';
import { runInChunks } from './run-in-chunks';

/** What one request of a chunked send returns: one entry per item of the chunk, in order. */
export interface ChunkSendResult {
  messages: SentMessage[];
  raw: unknown;
  batchId?: string;
  cost?: number;
  currency?: string;
}

export interface SendInChunksOptions<Item> {
  provider: string;
  items: readonly Item[];
  /** The provider's per-request limit. */
  size: number;
  concurrency?: number;
  /** The recipient of an item, for the entries of a partial failure. */
  recipientOf: (item: Item) => string;
  send: (chunk: Item[], index: number) => Promise<ChunkSendResult>;
}

function asSmsError(error: unknown, provider: string): SmsError {
  if (SmsError.isInstance(error)) return error;
  return new SmsError(`Unexpected failure while sending through ${provider}: ${String(error)}`, {
    code: 'PROVIDER_ERROR',
    provider,
    outcome: 'unknown',
    cause: error,
  });
}

function sumOf(values: (number | undefined)[]): number | undefined {
  return values.every((value) => value !== undefined) ? values.reduce<number>((total, value) => total + (value ?? 0), 0) : undefined;
}

/**
 * Sends a list in requests of at most `size` items with bounded concurrency and merges the answers into one
 * `SendResult` with one entry per item, in input order. When the list fits in one request, or every request
 * failed before sending anything, the first error is thrown unchanged. When some went through, an `SmsError` with outcome `unknown` is
 * thrown whose `result` says, per recipient, which were sent (with ids), which were not and which may have
 * been: never send the whole list again after such an error.
 */
export async function sendInChunks<Item>(options: SendInChunksOptions<Item>): Promise<SendResult> {
  const { provider } = options;
  const outcomes = await runInChunks(options.items, { size: options.size, ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }) }, options.send);
  const single = outcomes.length === 1;
  const failures = outcomes.flatMap((outcome) => (outcome.state === 'failed' ? [asSmsError(outcome.error, provider)] : []));
  const messages: SentMessage[] = [];
  const raw: unknown[] = [];

  if (failures.length === 0) {
    const results = outcomes.map((outcome) => (outcome.state === 'done' ? outcome.value : undefined)).filter((value) => value !== undefined);
    for (const result of results) {
      raw.push(result.raw);
      for (const message of result.messages) messages.push(message);
    }
    const first = results[0];
    const sendResult: SendResult = { provider, messages, raw: single ? raw[0] : raw };
    if (single && first?.batchId !== undefined) sendResult.batchId = first.batchId;
    const cost = sumOf(results.map((result) => result.cost));
    if (cost !== undefined) sendResult.cost = cost;
    if (first?.currency !== undefined) sendResult.currency = first.currency;
    return sendResult;
  }

  const firstFailure = failures[0]!;
  // One request: its own error already says everything about every recipient.
  if (single) throw firstFailure;
  const nothingWentOut = outcomes.every((outcome) => outcome.state !== 'done') && failures.every((error) => error.outcome === 'not-sent');
  if (nothingWentOut) throw firstFailure;

  let sentCount = 0;
  for (const outcome of outcomes) {
    if (outcome.state === 'done') {
      raw.push(outcome.value.raw);
      sentCount += outcome.value.messages.length;
      for (const message of outcome.value.messages) messages.push(message);
      continue;
    }
    const error =
      outcome.state === 'failed'
        ? asSmsError(outcome.error, provider)
        : new SmsError(`Not attempted: an earlier request of this ${provider} send failed (${firstFailure.code}).`, {
            code: firstFailure.code,
            provider,
            outcome: 'not-sent',
            retryable: firstFailure.retryable,
          });
    for (const item of outcome.items) {
      messages.push({ to: options.recipientOf(item), status: error.outcome === 'unknown' ? 'unknown' : 'failed', error });
    }
  }
  const total = options.items.length;
  throw new SmsError(
    `Only part of this ${provider} send went through: ${sentCount} of ${total} recipients were sent, then a request failed (${firstFailure.code}: ${firstFailure.message}). ` +
      'error.result lists every recipient with its status; send again only to those marked failed.',
    {
      code: firstFailure.code,
      provider,
      outcome: 'unknown',
      retryable: false,
      result: { provider, messages, raw },
      cause: firstFailure,
      ...(firstFailure.providerCode === undefined ? {} : { providerCode: firstFailure.providerCode }),
      ...(firstFailure.statusCode === undefined ? {} : { statusCode: firstFailure.statusCode }),
      ...(firstFailure.responseBody === undefined ? {} : { responseBody: firstFailure.responseBody }),
    },
  );
}
