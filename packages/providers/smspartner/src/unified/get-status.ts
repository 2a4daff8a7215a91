import { type CallOptions, type DeliveryReport, type MessageReference, type MessageTarget } from '@sms/core';
import { mapInChunks, prepareRecipients, readRecordList } from '@sms/core/provider-utils';
import type { SmsPartnerId } from '../native/sms-partner-envelope';
import type { SmsPartnerStatusItem } from '../native/status-api-types';
import { SMS_PARTNER_MAX_NUMBERS_PER_REQUEST } from '../sms-partner-provider';
import { resolveSmsPartnerTarget } from './resolve-sms-partner-target';
import type { SmsPartnerUnifiedContext } from './sms-partner-unified-context';
import { statusReport, type StatusReportContext } from './status-report';

// The Go SDK and the answers use numbers for ids; a string of digits is sent as the number it stands for.
function wireId(id: string): SmsPartnerId {
  return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
}

/**
 * The unified status: `multi-status` (500 pairs per request) for references that name their recipient,
 * as a `SendResult` does; `bulk-status` for a bare message id, which reports every recipient of that send.
 */
export async function getStatus(
  context: SmsPartnerUnifiedContext,
  target: MessageTarget,
  options?: CallOptions,
): Promise<DeliveryReport[]> {
  const { id, native } = context;
  const resolved = resolveSmsPartnerTarget(target, id, 'get the status of');
  const pairs: Required<MessageReference>[] = [];
  const bareIds = new Set<string>();
  for (const reference of resolved.references) {
    if (reference.to === undefined) bareIds.add(reference.id);
    else pairs.push({ id: reference.id, to: prepareRecipients(reference.to, id, context.defaultCountry)[0]! });
  }
  const covered = new Set(pairs.map((pair) => pair.id));
  for (const batchId of resolved.batchIds) if (!covered.has(batchId)) bareIds.add(batchId);
  const reportContext: StatusReportContext = {
    provider: id,
    defaultCountry: context.defaultCountry,
    ...(resolved.sendAt === undefined ? {} : { sendAt: resolved.sendAt }),
  };
  const concurrency = context.concurrency === undefined ? {} : { concurrency: context.concurrency };

  const multi = await mapInChunks(
    pairs,
    { size: SMS_PARTNER_MAX_NUMBERS_PER_REQUEST, ...concurrency },
    async (chunk) => {
      const answer = await native.multiStatus(
        chunk.map((pair) => ({ phoneNumber: pair.to, messageId: wireId(pair.id) })),
        options,
      );
      const items = readRecordList(answer, 'StatutResponse_List') as SmsPartnerStatusItem[];
      return items.map((item, index) => statusReport(reportContext, item, chunk[index] ?? { id: chunk[0]!.id }));
    },
  );
  const bulk = await mapInChunks([...bareIds], { size: 1, ...concurrency }, async ([messageId]) => {
    const answer = await native.bulkStatus(wireId(messageId!), options);
    const items = readRecordList(answer, 'StatutResponse_List') as SmsPartnerStatusItem[];
    // bulk-status entries name the recipient but not the message: the id asked for is theirs.
    return items.map((item) =>
      statusReport(reportContext, { ...item, messageId: item.messageId ?? messageId! }, { id: messageId! }),
    );
  });
  return [...multi.flat(), ...bulk.flat()];
}
