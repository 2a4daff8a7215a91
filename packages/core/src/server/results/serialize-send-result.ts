import type { SendResult, SentMessage } from '../../model/send-result';
import { SmsError } from '../../errors/sms-error';
import type { ProblemDetails } from '../problems/problem-details';
import { resolveProblemOptions, type ProblemOptions, type ResolvedProblemOptions } from '../problems/problem-options';
import { problemFromSmsError } from '../problems/problem-from-sms-error';

/** One recipient of a send, as JSON: the error as a problem document. */
export interface SerializedSentMessage extends Omit<SentMessage, 'error'> {
  /** Why this recipient was not sent, or may not have been. */
  error?: ProblemDetails;
}

/** A `SendResult` as JSON: dates as ISO strings, errors as problem documents, `raw` only on request. */
export interface SerializedSendResult extends Omit<SendResult, 'messages' | 'sendAt' | 'raw'> {
  messages: SerializedSentMessage[];
  /** ISO 8601. */
  sendAt?: string;
  raw?: unknown;
}

function serializeSentMessage(message: SentMessage, options: ResolvedProblemOptions): SerializedSentMessage {
  const entry: SerializedSentMessage = { to: message.to, status: message.status };
  if (message.id !== undefined) entry.id = message.id;
  if (message.providerStatus !== undefined) entry.providerStatus = message.providerStatus;
  if (message.segments !== undefined) entry.segments = message.segments;
  if (message.cost !== undefined) entry.cost = message.cost;
  if (message.batchId !== undefined) entry.batchId = message.batchId;
  if (message.reference !== undefined) entry.reference = message.reference;
  if (message.error !== undefined) {
    const error = SmsError.isInstance(message.error)
      ? message.error
      : new SmsError('This recipient failed.', { code: 'PROVIDER_ERROR', outcome: 'unknown' });
    // A nested result would repeat the whole send inside one of its entries.
    const { result: _nested, ...problem } = problemFromSmsError(error, options);
    entry.error = problem;
  }
  return entry;
}

/**
 * Copies the known members of a `SendResult` into plain JSON. Anything else a provider may have put on the
 * object stays out, and `raw` (the provider's own answer) is only copied when `includeRaw` is set.
 */
export function serializeSendResult(result: SendResult, problemOptions: ProblemOptions = {}): SerializedSendResult {
  const options = resolveProblemOptions(problemOptions);
  const serialized: SerializedSendResult = {
    provider: result.provider,
    messages: result.messages.map((message) => serializeSentMessage(message, options)),
  };
  if (result.batchId !== undefined) serialized.batchId = result.batchId;
  if (result.cost !== undefined) serialized.cost = result.cost;
  if (result.currency !== undefined) serialized.currency = result.currency;
  if (result.sendAt instanceof Date && !Number.isNaN(result.sendAt.getTime()))
    serialized.sendAt = result.sendAt.toISOString();
  if (options.includeRaw) serialized.raw = result.raw;
  return serialized;
}
