import { type CallOptions, type CancelResult, type MessageTarget } from '@sms/core';
import { cancelInChunks } from '@sms/core/provider-utils';
import { postCancel } from '../native/create-sms-api';
import type { GhasedakContext } from '../native/ghasedak-context';
import { GHASEDAK_MAX_LIST_SIZE } from '../native/ghasedak-inputs';
import { messageIdsOf } from './message-ids-of';

/**
 * `cancel`: `sms/cancel` with the message ids, at most 100 per request. Only scheduled messages can be canceled:
 * the ids of a request that Ghasedak does not list as canceled are `notCanceled`. A failed request throws with
 * the partial `CancelResult` as `error.result` (see `cancelInChunks`).
 */
export async function cancelMessages(
  context: GhasedakContext,
  target: MessageTarget,
  options: CallOptions = {},
): Promise<CancelResult> {
  const { provider, transport } = context;
  const ids = [...new Set(messageIdsOf(target, provider, 'cancel').references.map((reference) => reference.id))];
  return cancelInChunks({
    provider,
    keys: ids,
    size: GHASEDAK_MAX_LIST_SIZE,
    ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }),
    cancel: async (chunk) => {
      const answer = await postCancel(transport, chunk, options);
      const listed = new Set(answer.messageIds);
      const canceled = chunk.filter((id) => listed.has(id));
      const notCanceled = chunk.filter((id) => !listed.has(id));
      return notCanceled.length === 0 ? { canceled, raw: answer.raw } : { canceled, notCanceled, raw: answer.raw };
    },
  });
}
