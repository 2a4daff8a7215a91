import { SmsError, type CallOptions, type CancelResult, type MessageTarget } from '@sms/core';
import { cancelInChunks } from '@sms/core/provider-utils';
import { SMS_PARTNER_CANCEL_WINDOW_MS } from '../sms-partner-provider';
import { resolveSmsPartnerTarget } from './resolve-sms-partner-target';
import type { SmsPartnerUnifiedContext } from './sms-partner-unified-context';

// Refusals about one message, which leave the others of a multi-id cancel unaffected.
const PER_MESSAGE_CODES = new Set(['NOT_FOUND', 'CANCEL_WINDOW_PASSED']);

/**
 * The unified cancel: one `message-cancel` call per SMS Partner `message_id` (one id covers a whole chunk
 * of a send). A `SendResult` too close to its send time, or not scheduled at all, fails locally with
 * `CANCEL_WINDOW_PASSED` and no request. An id refused on its own (not found, too late) is `notCanceled`; any
 * other failure throws with the partial `CancelResult` as `error.result` (see `cancelInChunks`).
 */
export async function cancelMessages(
  context: SmsPartnerUnifiedContext,
  target: MessageTarget,
  options?: CallOptions,
): Promise<CancelResult> {
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
    if (left < SMS_PARTNER_CANCEL_WINDOW_MS) {
      throw new SmsError(
        `SMS Partner cannot cancel a send less than 5 minutes before its time (${resolved.sendAt.toISOString()}, ${Math.max(0, Math.round(left / 1000))} s from now); it will go out as scheduled.`,
        { code: 'CANCEL_WINDOW_PASSED', provider: id },
      );
    }
  }
  const messageIds = [...new Set([...resolved.batchIds, ...resolved.references.map((reference) => reference.id)])];
  return cancelInChunks({
    provider: id,
    keys: messageIds,
    size: 1,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    isRefusal: (error) => PER_MESSAGE_CODES.has(error.code),
    cancel: async ([messageId]) => ({ canceled: [messageId!], raw: await native.cancel(messageId!, options) }),
  });
}
