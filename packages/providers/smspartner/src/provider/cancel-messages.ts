import { runInChunks, SmsError, type CallOptions, type CancelResult, type MessageTarget } from '@sms/core';
import type { SmsPartnerCancelAnswer } from '../native/native-types';
import { resolveSmsPartnerTarget } from './resolve-sms-partner-target';
import type { SmsPartnerContext } from './sms-partner-context';

/** SMS Partner refuses to cancel a send less than 5 minutes before its time. */
export const CANCEL_WINDOW_MS = 5 * 60_000;

// Refusals about one message, which leave the others of a multi-id cancel unaffected.
const PER_MESSAGE_CODES = new Set(['NOT_FOUND', 'CANCEL_WINDOW_PASSED']);

type CancelOutcome = { messageId: string; answer: SmsPartnerCancelAnswer } | { messageId: string; error: SmsError };

/** The same error, saying which ids were canceled before it, so a caller does not cancel them again. */
function withCanceled(error: SmsError, canceled: readonly string[]): SmsError {
  return new SmsError(`${error.message} Already canceled by this call: ${canceled.join(', ')}.`, {
    code: error.code,
    retryable: error.retryable,
    outcome: error.outcome,
    cause: error,
    ...(error.provider === undefined ? {} : { provider: error.provider }),
    ...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(error.responseBody === undefined ? {} : { responseBody: error.responseBody }),
  });
}

/**
 * The unified cancel: one `message-cancel` call per SMS Partner `message_id` (one id covers a whole chunk
 * of a send). A `SendResult` too close to its send time, or not scheduled at all, fails locally with
 * `CANCEL_WINDOW_PASSED` and no request.
 */
export async function cancelMessages(context: SmsPartnerContext, target: MessageTarget, options?: CallOptions): Promise<CancelResult> {
  const { id, native } = context;
  const resolved = resolveSmsPartnerTarget(target, id, 'cancel');
  if (resolved.provider !== undefined) {
    if (resolved.sendAt === undefined) {
      throw new SmsError('This send was not scheduled: it went out when it was sent, so there is nothing to cancel.', {
        code: 'CANCEL_WINDOW_PASSED',
        provider: id,
      });
    }
    const left = resolved.sendAt.getTime() - Date.now();
    if (left < CANCEL_WINDOW_MS) {
      throw new SmsError(
        `SMS Partner cannot cancel a send less than 5 minutes before its time (${resolved.sendAt.toISOString()}, ${Math.max(0, Math.round(left / 1000))} s from now); it will go out as scheduled.`,
        { code: 'CANCEL_WINDOW_PASSED', provider: id },
      );
    }
  }
  const messageIds = [...new Set([...resolved.batchIds, ...resolved.references.map((reference) => reference.id)])];

  const outcomes = await runInChunks(
    messageIds,
    { size: 1, ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }) },
    async ([messageId]): Promise<CancelOutcome> => {
      try {
        return { messageId: messageId!, answer: await native.cancel(messageId!, options) };
      } catch (error) {
        if (SmsError.isInstance(error)) return { messageId: messageId!, error };
        throw error;
      }
    },
  );
  const results = outcomes.map((outcome) => {
    if (outcome.state !== 'done') throw outcome.state === 'failed' ? outcome.error : new Error('cancel was skipped');
    return outcome.value;
  });
  const canceled = results.flatMap((result) => ('answer' in result ? [result.messageId] : []));
  const failures = results.flatMap((result) => ('error' in result ? [result] : []));
  const firstFailure = failures[0];
  if (firstFailure !== undefined && canceled.length === 0) throw firstFailure.error;
  const hardFailure = failures.find((failure) => !PER_MESSAGE_CODES.has(failure.error.code));
  if (hardFailure !== undefined) throw withCanceled(hardFailure.error, canceled);
  const raw = results.map((result) => ('answer' in result ? result.answer : { messageId: result.messageId, error: result.error.toJSON() }));
  const answer: CancelResult = { provider: id, canceled, raw: raw.length === 1 ? raw[0] : raw };
  if (failures.length > 0) answer.notCanceled = failures.map((failure) => failure.messageId);
  return answer;
}
