import { mapInChunks, type CallOptions, type CancelResult, type MessageTarget } from '@sms/core';
import { postCancel } from '../endpoints/message-endpoints';
import type { GhasedakContext } from '../native/ghasedak-context';
import { MAX_LIST_SIZE } from '../validation/ghasedak-inputs';
import { messageIdsOf } from './message-ids-of';

/** `cancel`: `sms/cancel` with the message ids, at most 100 per request. Only scheduled messages can be canceled. */
export async function cancelMessages(context: GhasedakContext, target: MessageTarget, options: CallOptions = {}): Promise<CancelResult> {
  const { provider, transport } = context;
  const ids = [...new Set(messageIdsOf(target, provider, 'cancel').map((reference) => reference.id))];
  const answers = await mapInChunks(ids, { size: MAX_LIST_SIZE, ...(context.concurrency === undefined ? {} : { concurrency: context.concurrency }) }, (chunk) => postCancel(transport, chunk, options));
  const canceledIds = new Set(answers.flatMap((answer) => answer.messageIds));
  const canceled = [...canceledIds];
  const result: CancelResult = { provider, canceled, raw: answers.length === 1 ? answers[0]!.raw : answers.map((answer) => answer.raw) };
  const notCanceled = ids.filter((id) => !canceledIds.has(id));
  if (notCanceled.length > 0) result.notCanceled = notCanceled;
  return result;
}
