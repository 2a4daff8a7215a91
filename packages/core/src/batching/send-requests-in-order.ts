import { asSmsError } from '../errors/as-sms-error';
import { SmsError } from '../errors/sms-error';
import type { SendResult, SentMessage } from '../model/send-result';
import { runWithConcurrency } from './run-with-concurrency';

/** What one request of a split send returns: one entry per message it carried, in the order it carried them. */
export interface ChunkSendResult {
  messages: SentMessage[];
  raw: unknown;
  batchId?: string;
  cost?: number;
  currency?: string;
}

/**
 * One request of a send: which input positions it carries, in the order its answer lists them (`indices`,
 * or `start` and `count` for a run of consecutive positions), and how to send it.
 */
export type OrderedRequest = { send(): Promise<ChunkSendResult> } & (
  { indices: readonly number[] } | { start: number; count: number }
);

/** How many messages a request carries. */
function sizeOf(request: OrderedRequest): number {
  return 'indices' in request ? request.indices.length : request.count;
}

/** The input position of the message at `offset` in a request. */
function positionOf(request: OrderedRequest, offset: number): number {
  return 'indices' in request ? request.indices[offset]! : request.start + offset;
}

export interface SendRequestsInOrderOptions {
  provider: string;
  /** Number of input messages; every position appears in exactly one request. */
  total: number;
  requests: readonly OrderedRequest[];
  /** Most requests in flight at once. Default 8. */
  concurrency?: number;
  /** The recipient at an input position, for the entries of a partial failure. */
  recipientOf: (index: number) => string;
  /** The per-message reference at an input position, if any, for the entries of a partial failure. */
  referenceOf?: (index: number) => string | undefined;
}

/** The list a send's entries are put into, one place per message. */
function placesFor(size: number): SentMessage[] {
  // Filled rather than left with holes: a fresh `new Array(size)` holds small integers as far as V8 knows, and
  // optimised code that put one send's entries into its list was thrown away at the first entry of the next.
  return new Array<SentMessage>(size).fill(undefined as unknown as SentMessage);
}

async function singleRequest(provider: string, request: OrderedRequest): Promise<SendResult> {
  let answer: ChunkSendResult;
  try {
    answer = await request.send();
  } catch (error) {
    throw asSmsError(error, provider, 'sending');
  }
  const messages = placesFor(sizeOf(request));
  place(messages, request, answer, false);
  const result: SendResult = { provider, messages, raw: answer.raw };
  if (answer.batchId !== undefined) result.batchId = answer.batchId;
  if (answer.cost !== undefined) result.cost = answer.cost;
  if (answer.currency !== undefined) result.currency = answer.currency;
  return result;
}

function sumOf(values: (number | undefined)[]): number | undefined {
  return values.every((value) => value !== undefined)
    ? values.reduce<number>((total, value) => total + (value ?? 0), 0)
    : undefined;
}

function place(messages: SentMessage[], request: OrderedRequest, answer: ChunkSendResult, batched: boolean): void {
  const batchId = batched ? answer.batchId : undefined;
  const size = sizeOf(request);
  for (let offset = 0; offset < size; offset += 1) {
    const message = answer.messages[offset];
    if (message === undefined) continue;
    messages[positionOf(request, offset)] =
      batchId !== undefined && message.batchId === undefined ? { ...message, batchId } : message;
  }
}

/**
 * Runs the requests of a split send with bounded concurrency and puts every answer back at its input
 * positions: one `SendResult` entry per message, in input order, whatever the order the requests finish in.
 * After the first failure no further request starts. When the send was one request, or nothing went out,
 * the first error is thrown unchanged. When part went out, an `SmsError` with outcome `unknown` is thrown
 * whose `result` gives each message's fate (sent with its id, failed, or unknown): never send the whole
 * list again after such an error.
 */
export async function sendRequestsInOrder(options: SendRequestsInOrderOptions): Promise<SendResult> {
  const { provider, requests } = options;
  // Most sends are one request: no scheduling machinery, and its error passes through unchanged.
  if (requests.length === 1 && options.total === sizeOf(requests[0]!)) return singleRequest(provider, requests[0]!);
  const messages = placesFor(options.total);
  const batched = requests.length > 1;
  // Each answer is put in place as it arrives, so the last request is not followed by a pass over every message.
  const outcomes = await runWithConcurrency(requests, options.concurrency, async (request) => {
    let answer: ChunkSendResult;
    try {
      answer = await request.send();
    } catch (error) {
      // Wrapped once here, so that the error thrown and the one on each entry of the request are the same object.
      throw asSmsError(error, provider, 'sending');
    }
    place(messages, request, answer, batched);
    return answer;
  });
  const single = outcomes.length === 1;
  const raw: unknown[] = [];
  const failures = outcomes.flatMap((outcome) =>
    outcome.state === 'failed' ? [asSmsError(outcome.error, provider, 'sending')] : [],
  );

  if (failures.length === 0) {
    const answers = outcomes.flatMap((outcome) => (outcome.state === 'done' ? [outcome.value] : []));
    for (const answer of answers) raw.push(answer.raw);
    const result: SendResult = { provider, messages, raw: single ? raw[0] : raw };
    const first = answers[0];
    if (single && first?.batchId !== undefined) result.batchId = first.batchId;
    const cost = sumOf(answers.map((answer) => answer.cost));
    if (cost !== undefined) result.cost = cost;
    if (first?.currency !== undefined) result.currency = first.currency;
    return result;
  }

  const firstFailure = failures[0]!;
  // One request: its own error already says everything about every message.
  if (single) throw firstFailure;
  const nothingWentOut =
    outcomes.every((outcome) => outcome.state !== 'done') && failures.every((error) => error.outcome === 'not-sent');
  if (nothingWentOut) throw firstFailure;

  let sentCount = 0;
  for (const outcome of outcomes) {
    const request = outcome.task;
    if (outcome.state === 'done') {
      raw.push(outcome.value.raw);
      sentCount += sizeOf(request);
      continue;
    }
    const error =
      outcome.state === 'failed'
        ? asSmsError(outcome.error, provider, 'sending')
        : new SmsError(`Not attempted: an earlier request of this ${provider} send failed (${firstFailure.code}).`, {
            code: firstFailure.code,
            provider,
            outcome: 'not-sent',
            retryable: firstFailure.retryable,
          });
    const status = error.outcome === 'unknown' ? 'unknown' : 'failed';
    const size = sizeOf(request);
    for (let offset = 0; offset < size; offset += 1) {
      const index = positionOf(request, offset);
      const entry: SentMessage = { to: options.recipientOf(index), status, error };
      // The reference is what finds a message whose request may have gone through: its id never came back.
      const reference = options.referenceOf?.(index);
      if (reference !== undefined) entry.reference = reference;
      messages[index] = entry;
    }
  }
  throw new SmsError(
    `Only part of this ${provider} send went through: ${sentCount} of ${options.total} messages were sent, then a request failed (${firstFailure.code}: ${firstFailure.message}). ` +
      'error.result lists every message with its status; send again only those marked failed.',
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
