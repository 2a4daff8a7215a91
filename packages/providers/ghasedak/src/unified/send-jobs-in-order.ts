import { runInChunks, SmsError, type ChunkSendResult, type SendResult, type SentMessage } from '@sms/core';

/** One request of a send that is split unevenly: which input positions it carries, and how to send it. */
export interface OrderedJob {
  /** Positions in the input, in the order the job's answer lists them. */
  indices: number[];
  send(): Promise<ChunkSendResult>;
}

export interface SendJobsInOrderOptions {
  provider: string;
  /** Number of input items; every position appears in exactly one job. */
  total: number;
  jobs: OrderedJob[];
  concurrency?: number;
  recipientOf: (index: number) => string;
}

function asSmsError(error: unknown, provider: string): SmsError {
  if (SmsError.isInstance(error)) return error;
  return new SmsError(`Unexpected failure while sending through ${provider}: ${String(error)}`, { code: 'PROVIDER_ERROR', provider, outcome: 'unknown', cause: error });
}

/**
 * Like core's `sendInChunks`, for a send whose requests do not cover the input in consecutive slices (a
 * batch where some messages must go through another endpoint): runs the jobs with bounded concurrency and
 * puts each answer back at its input positions. The failure rules are `sendInChunks`'s: when nothing went
 * out the first error is thrown as it is; after a partial send an `unknown`-outcome error carries `result`
 * with every message's fate, in input order.
 */
export async function sendJobsInOrder(options: SendJobsInOrderOptions): Promise<SendResult> {
  const { provider, jobs } = options;
  const outcomes = await runInChunks(jobs, { size: 1, ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }) }, ([job]) => job!.send());
  const messages: SentMessage[] = new Array<SentMessage>(options.total);
  const raw: unknown[] = [];
  const failures = outcomes.flatMap((outcome) => (outcome.state === 'failed' ? [asSmsError(outcome.error, provider)] : []));

  if (failures.length === 0) {
    for (const outcome of outcomes) {
      if (outcome.state !== 'done') continue;
      raw.push(outcome.value.raw);
      outcome.items[0]!.indices.forEach((index, position) => {
        const message = outcome.value.messages[position];
        if (message !== undefined) messages[index] = message;
      });
    }
    return { provider, messages, raw: raw.length === 1 ? raw[0] : raw };
  }

  const firstFailure = failures[0]!;
  const nothingWentOut = outcomes.every((outcome) => outcome.state !== 'done') && failures.every((error) => error.outcome === 'not-sent');
  if (nothingWentOut) throw firstFailure;

  let sentCount = 0;
  for (const outcome of outcomes) {
    const job = outcome.items[0]!;
    if (outcome.state === 'done') {
      raw.push(outcome.value.raw);
      sentCount += job.indices.length;
      job.indices.forEach((index, position) => {
        const message = outcome.value.messages[position];
        if (message !== undefined) messages[index] = message;
      });
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
    for (const index of job.indices) {
      messages[index] = { to: options.recipientOf(index), status: error.outcome === 'unknown' ? 'unknown' : 'failed', error };
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
    },
  );
}
