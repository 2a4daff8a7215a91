import { SmsError, type CallOptions, type DeliveryReport, type MessageTarget } from '@sms/core';
import { mapInChunks, resolveMessageTarget, toE164OrAsWritten } from '@sms/core/provider-utils';
import { MAX_STATUS_IDS, postStatus } from '../native/create-messages-api';
import type { SmsAfzarContext } from '../native/sms-afzar-context';

/**
 * Delivery status through `messages/status`, 100 ids per request. `messageStatus` values nobody mapped
 * (only `1` is documented) come back as `unknown` with the raw value in `providerStatus`; ids SMSAfzar does
 * not know are absent from the result.
 */
export async function getStatus(
  context: SmsAfzarContext,
  target: MessageTarget,
  options?: CallOptions,
): Promise<DeliveryReport[]> {
  const { provider, transport } = context;
  const resolved = resolveMessageTarget(target, { provider, action: 'getStatus' });
  const ids = resolved.references.map((reference) => reference.id);
  if (ids.length === 0 || ids.some((id) => typeof id !== 'string' || id.trim() === '')) {
    throw new SmsError(`Pass what a ${provider} send returned, or its sentMessageIds, to getStatus.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  const recipientOf = new Map(
    resolved.references.flatMap((reference) =>
      reference.to === undefined ? [] : [[reference.id, reference.to] as const],
    ),
  );

  const answers = await mapInChunks(ids, { size: MAX_STATUS_IDS, concurrency: context.concurrency }, (chunk) =>
    postStatus(transport, chunk, options),
  );

  const reports: DeliveryReport[] = [];
  for (const answer of answers) {
    for (const message of answer.messages) {
      if (message.sentMessageId === undefined) continue;
      const report: DeliveryReport = {
        provider,
        id: message.sentMessageId,
        status: context.mapStatus(message.messageStatus) ?? 'unknown',
        providerStatus: message.messageStatus ?? null,
        raw: message.raw,
      };
      const to =
        recipientOf.get(message.sentMessageId) ??
        (message.recipientNumber === undefined ? undefined : toE164OrAsWritten(message.recipientNumber, 'IR'));
      if (to !== undefined) report.to = to;
      if (message.statusDate !== undefined) report.at = message.statusDate;
      reports.push(report);
    }
  }
  return reports;
}
