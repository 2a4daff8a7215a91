import { isSendResult, SmsError, type CallOptions, type CancelResult, type MessageTarget } from '@sms/core';
import { cancelInChunks, resolveMessageTarget } from '@sms/core/provider-utils';
import { deleteScheduled } from '../native/create-messages-api';
import type { SmsAfzarCancelAnswer } from '../native/messages-api-types';
import type { SmsAfzarContext } from '../native/sms-afzar-context';
import { SMS_AFZAR_CANCEL_WINDOW_MS } from '../sms-afzar-provider';

/**
 * Cancels what a scheduled `send` returned (every `batchId` of it) with `DELETE messages/send/scheduled/{batchId}`.
 * Plain string ids are taken as batch ids. Less than 30 s before the send time it fails with
 * `CANCEL_WINDOW_PASSED` without a request. A batch SMSAfzar does not know (1106) is `notCanceled`; any other
 * failure throws with the partial `CancelResult` as `error.result`, where a DELETE answered by a reset
 * connection, a timeout or a 5xx is `unknown`: it may have been applied (see `cancelInChunks`).
 */
export async function cancelMessages(
  context: SmsAfzarContext,
  target: MessageTarget,
  options?: CallOptions,
): Promise<CancelResult> {
  const { provider, transport } = context;
  const resolved = resolveMessageTarget(target, { provider, action: 'cancel' });
  const fromResult = isSendResult(target);
  const batchIds = fromResult ? resolved.batchIds : resolved.references.map((reference) => reference.id);
  if (batchIds.length === 0) {
    throw new SmsError(`Nothing to cancel: pass what a scheduled ${provider} send returned, or its batchId.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  const { sendAt } = resolved;
  if (fromResult && sendAt === undefined) {
    throw new SmsError(`This ${provider} send was not scheduled, so it went out at once and cannot be canceled.`, {
      code: 'CANCEL_WINDOW_PASSED',
      provider,
      retryable: false,
    });
  }
  if (sendAt !== undefined && sendAt.getTime() - Date.now() < SMS_AFZAR_CANCEL_WINDOW_MS) {
    throw new SmsError(
      `This ${provider} send is due at ${sendAt.toISOString()}; SMSAfzar cancels scheduled sends only until 30 seconds before their send time, so it will go out. Nothing was canceled.`,
      { code: 'CANCEL_WINDOW_PASSED', provider, retryable: false },
    );
  }

  // The ids this client knows for a batch, for an answer that does not list them and for a failed cancel.
  const idsOf = (batchId: string): string[] => {
    if (!fromResult) return [batchId];
    const known = target.messages.flatMap((message) =>
      message.id !== undefined &&
      (message.batchId === batchId || (message.batchId === undefined && target.batchId === batchId))
        ? [message.id]
        : [],
    );
    return known.length > 0 ? known : [batchId];
  };
  return cancelInChunks({
    provider,
    keys: batchIds,
    size: 1,
    concurrency: context.concurrency,
    idsOf,
    // 1106: this batch is unknown, already sent or already canceled; the other batches are still worth canceling.
    isRefusal: (error) => error.code === 'NOT_FOUND',
    cancel: async ([batchId]) => {
      const answer: SmsAfzarCancelAnswer = await deleteScheduled(transport, batchId!, options);
      const listed = answer.messages.flatMap((message) =>
        message.sentMessageId === undefined ? [] : [message.sentMessageId],
      );
      return { canceled: listed.length > 0 ? listed : idsOf(batchId!), raw: answer.raw };
    },
  });
}
