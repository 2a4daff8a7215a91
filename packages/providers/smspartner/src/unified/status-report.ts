import type { CountryCode, DeliveryReport } from '@sms/core';
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
export function statusReport(context: StatusReportContext, item: SmsPartnerStatusItem, fallback: { id: string; to?: string }): DeliveryReport {
  const providerStatus = typeof item.status === 'string' ? item.status : typeof item.statut === 'string' ? item.statut : null;
  let status = mapSmsPartnerStatus(providerStatus);
  // SMS Partner reports a scheduled message as Waiting; the caller's send time tells it apart from one in transit.
  if (status === 'sent' && providerStatus?.trim().toLowerCase() === 'waiting' && context.sendAt !== undefined && context.sendAt.getTime() > Date.now()) {
    status = 'scheduled';
  }
  const messageId = item.messageId;
  const id = (typeof messageId === 'number' || typeof messageId === 'string') && String(messageId) !== '' ? String(messageId) : fallback.id;
  const report: DeliveryReport = { provider: context.provider, id, status, providerStatus, raw: item };
  const to = normalizeReportedNumber(item.phoneNumber ?? item.number, context.defaultCountry) ?? fallback.to;
  if (to !== undefined) report.to = to;
  const at = parseSmsPartnerDate(item.date);
  if (at !== undefined) report.at = at;
  if (typeof item.cost === 'number') report.cost = item.cost;
  return report;
}
