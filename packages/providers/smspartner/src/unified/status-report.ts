import type { CountryCode, DeliveryReport } from '@sms/core';
import { readField, readId, readNumber, readString } from '@sms/core/provider-utils';
import { parseSmsPartnerDate } from '../native/parse-sms-partner-date';
import type { SmsPartnerStatusItem } from '../native/status-api-types';
import { mapSmsPartnerStatus } from './map-sms-partner-status';
import { normalizeReportedNumber } from './normalize-reported-number';

export interface StatusReportContext {
  provider: string;
  defaultCountry: CountryCode;
  /** When the send is scheduled for, from the caller's `SendResult`. */
  sendAt?: Date;
}

/** One `StatutResponse_List` entry as a `DeliveryReport`; `fallback` fills what the entry leaves out. */
export function statusReport(
  context: StatusReportContext,
  item: SmsPartnerStatusItem,
  fallback: { id: string; to?: string },
): DeliveryReport {
  // multi-status and bulk-status say `status`; message-status says `statut`, in French.
  const providerStatus = readString(item, 'status', 'statut') ?? null;
  let status = mapSmsPartnerStatus(providerStatus);
  // SMS Partner reports a scheduled message as Waiting; the caller's send time tells it apart from one in transit.
  if (
    status === 'sent' &&
    providerStatus?.trim().toLowerCase() === 'waiting' &&
    context.sendAt !== undefined &&
    context.sendAt.getTime() > Date.now()
  ) {
    status = 'scheduled';
  }
  const id = readId(item, 'messageId') ?? fallback.id;
  const report: DeliveryReport = { provider: context.provider, id, status, providerStatus, raw: item };
  const to = normalizeReportedNumber(readField(item, 'phoneNumber', 'number'), context.defaultCountry) ?? fallback.to;
  if (to !== undefined) report.to = to;
  const at = parseSmsPartnerDate(item.date);
  if (at !== undefined) report.at = at;
  const cost = readNumber(item, 'cost');
  if (cost !== undefined) report.cost = cost;
  return report;
}
