import { isSendResult, resolveMessageTarget, SmsError, type CallOptions, type CancelResult, type MessageTarget } from '@sms/core';
import type { SmsAfzarContext } from '../context/sms-afzar-context';
import { deleteScheduled } from '../native/delete-scheduled';
import type { SmsAfzarCancelAnswer } from '../native/native-types';
import { settleConcurrently } from '../utilities/settle-concurrently';

/** SMSAfzar deletes a scheduled send only until 30 seconds before its send time. */
export const CANCEL_WINDOW_MS = 30_000;

/**
 * Cancels what a scheduled `send` returned (every `batchId` of it) with `DELETE messages/send/scheduled/{batchId}`.
 * Plain string ids are taken as batch ids. Less than 30 s before the send time it fails with
 * `CANCEL_WINDOW_PASSED` without a request.
 */
export async function cancelScheduled(context: SmsAfzarContext, target: MessageTarget, options?: CallOptions): Promise<CancelResult> {
  const { provider, transport } = context;
  const resolved = resolveMessageTarget(target, { provider, action: 'cancel' });
  const fromResult = isSendResult(target);
  const batchIds = fromResult ? resolved.batchIds : resolved.references.map((reference) => reference.id);
  if (batchIds.length === 0) {
    throw new SmsError(`Nothing to cancel: pass what a scheduled ${provider} send returned, or its batchId.`, { code: 'INVALID_INPUT', provider });
  }
  const { sendAt } = resolved;
  if (fromResult && sendAt === undefined) {
    throw new SmsError(`This ${provider} send was not scheduled, so it went out at once and cannot be canceled.`, {
      code: 'CANCEL_WINDOW_PASSED',
      provider,
      retryable: false,
    });
  }
  if (sendAt !== undefined && sendAt.getTime() - Date.now() < CANCEL_WINDOW_MS) {
    throw new SmsError(
      `This ${provider} send is due at ${sendAt.toISOString()}; SMSAfzar cancels scheduled sends only until 30 seconds before their send time, so it will go out. Nothing was canceled.`,
      { code: 'CANCEL_WINDOW_PASSED', provider, retryable: false },
    );
  }

  const outcomes = await settleConcurrently(batchIds, context.concurrency, (batchId) => deleteScheduled(transport, batchId, options));
  const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  if (failures.length === outcomes.length) throw failures[0];

  const canceled: string[] = [];
  const notCanceled: string[] = [];
  const raw: unknown[] = [];
  outcomes.forEach((outcome, index) => {
    const batchId = batchIds[index]!;
    // The ids this client knows for the batch, for an answer that does not list them and for a failed cancel.
    const known = fromResult ? target.messages.filter((message) => message.batchId === batchId || (message.batchId === undefined && target.batchId === batchId)) : [];
    const knownIds = known.flatMap((message) => (message.id === undefined ? [] : [message.id]));
    if (outcome.status === 'rejected') {
      notCanceled.push(...(knownIds.length > 0 ? knownIds : [batchId]));
      const reason: unknown = outcome.reason;
      raw.push({ batchId, error: SmsError.isInstance(reason) ? reason.toJSON() : String(reason) });
      return;
    }
    const answer: SmsAfzarCancelAnswer = outcome.value;
    raw.push(answer.raw);
    const listed = answer.messages.flatMap((message) => (message.sentMessageId === undefined ? [] : [message.sentMessageId]));
    canceled.push(...(listed.length > 0 ? listed : knownIds.length > 0 ? knownIds : [batchId]));
  });
  const result: CancelResult = { provider, canceled, raw: raw.length === 1 ? raw[0] : raw };
  if (notCanceled.length > 0) result.notCanceled = notCanceled;
  return result;
}
