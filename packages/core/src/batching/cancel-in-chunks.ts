import { asSmsError } from '../errors/as-sms-error';
import { SmsError } from '../errors/sms-error';
import type { CancelResult } from '../model/cancel-result';
import { runInChunks } from './run-in-chunks';

/** What one request of a cancel returns: the ids it canceled and, where the provider says so, those it did not. */
export interface ChunkCancelResult {
  canceled: string[];
  notCanceled?: string[];
  raw: unknown;
}

export interface CancelInChunksOptions {
  provider: string;
  /** What the requests carry (message ids, or batch ids where a provider cancels whole batches), distinct. */
  keys: readonly string[];
  /** Most keys per request (the provider's per-request limit; 1 for one request per key). */
  size: number;
  /** Most requests in flight at once. Default 8. */
  concurrency?: number;
  cancel: (chunk: string[], index: number) => Promise<ChunkCancelResult>;
  /** The message ids a key stands for, reported when its request fails or is not made. Default: the key itself. */
  idsOf?: (key: string) => readonly string[];
  /**
   * Whether an error refuses the ids of its own request (not found, too late) rather than failing the call:
   * their ids are listed in `notCanceled` and the other requests go on. Default: no error is a refusal.
   */
  isRefusal?: (error: SmsError) => boolean;
}

/** The same error with what the cancel did attached, so every failed cancel is read in one place. */
function withResult(error: SmsError, result: CancelResult, message = error.message, outcome = error.outcome): SmsError {
  return new SmsError(message, {
    code: error.code,
    outcome,
    retryable: error.retryable,
    result,
    cause: error,
    ...(error.provider === undefined ? {} : { provider: error.provider }),
    ...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(error.responseBody === undefined ? {} : { responseBody: error.responseBody }),
  });
}

/**
 * Cancels `keys` in requests of at most `size`, with bounded concurrency, and merges the answers into one
 * `CancelResult`. After the first failure no further request starts (a failing provider is not hit with the
 * rest). A failed cancel never reports an applied cancel as not done: it throws an `SmsError` whose `result`
 * puts every id in `canceled` (its request succeeded), `notCanceled` (refused, failed with outcome
 * `not-sent`, or never asked for) or `unknown` (its request failed with outcome `unknown`); the error's
 * `outcome` is `unknown` exactly when some id is. When every request was refused, the first refusal is thrown
 * with the result attached.
 */
export async function cancelInChunks(options: CancelInChunksOptions): Promise<CancelResult> {
  const { provider, keys } = options;
  const idsOf = options.idsOf ?? ((key: string) => [key]);
  const settings = {
    size: options.size,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  };
  const refusals: SmsError[] = [];
  const outcomes = await runInChunks(keys, settings, async (chunk, index) => {
    try {
      return await options.cancel(chunk, index);
    } catch (error) {
      if (SmsError.isInstance(error) && options.isRefusal?.(error) === true) {
        refusals.push(error);
        return {
          canceled: [],
          notCanceled: chunk.flatMap((key) => idsOf(key)),
          raw: { keys: chunk, error: error.toJSON() },
        };
      }
      throw error;
    }
  });

  const canceled: string[] = [];
  const notCanceled: string[] = [];
  const unknown: string[] = [];
  const raw: unknown[] = [];
  let firstFailure: SmsError | undefined;
  for (const outcome of outcomes) {
    if (outcome.state === 'done') {
      canceled.push(...outcome.value.canceled);
      if (outcome.value.notCanceled !== undefined) notCanceled.push(...outcome.value.notCanceled);
      raw.push(outcome.value.raw);
      continue;
    }
    const ids = outcome.items.flatMap((key) => idsOf(key));
    if (outcome.state === 'skipped') {
      notCanceled.push(...ids);
      continue;
    }
    const error = asSmsError(outcome.error, provider, 'canceling');
    firstFailure ??= error;
    (error.outcome === 'unknown' ? unknown : notCanceled).push(...ids);
  }
  const result: CancelResult = { provider, canceled, raw: outcomes.length === 1 ? raw[0] : raw };
  if (notCanceled.length > 0) result.notCanceled = notCanceled;
  if (unknown.length > 0) result.unknown = unknown;

  if (firstFailure === undefined) {
    const firstRefusal = refusals[0];
    if (firstRefusal !== undefined && canceled.length === 0) throw withResult(firstRefusal, result);
    return result;
  }
  // Nothing was or may have been canceled: the failure says everything, as it was.
  if (outcomes.length === 1 || (canceled.length === 0 && unknown.length === 0)) throw withResult(firstFailure, result);
  const total = canceled.length + notCanceled.length + unknown.length;
  const mayHave = unknown.length === 0 ? '' : `, ${unknown.length} may or may not have been`;
  throw withResult(
    firstFailure,
    result,
    `Only part of this ${provider} cancel is known to have gone through: ${canceled.length} of ${total} messages were canceled${mayHave}, then a request failed (${firstFailure.code}: ${firstFailure.message}). ` +
      'error.result lists the ids in canceled, notCanceled and unknown; check the status of the unknown ones, and cancel again only those in notCanceled.',
    unknown.length > 0 ? 'unknown' : 'not-sent',
  );
}
