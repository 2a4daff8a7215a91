import { SmsError, type DeliveryReport, type DeliveryStatus } from '@sms/core';
import type { MessageRedis } from './message-redis';
import { RECORD_DELIVERY_REPORTS, runMessageScript } from './message-scripts';
import type { DeliveryReportsRecorded, SmsMessageState } from './sms-message-record';

// A provider's `unknown` (or a status it has not reached yet) says nothing new about a message that was sent.
const STATE_OF_STATUS: Partial<Record<DeliveryStatus, SmsMessageState>> = {
  scheduled: 'sent',
  queued: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  failed: 'failed',
  rejected: 'failed',
  expired: 'failed',
  canceled: 'canceled',
};

function assertReports(reports: unknown): asserts reports is readonly DeliveryReport[] {
  const valid =
    Array.isArray(reports) &&
    reports.every(
      (report: Partial<DeliveryReport> | null) =>
        typeof report === 'object' &&
        report !== null &&
        typeof report.provider === 'string' &&
        typeof report.id === 'string' &&
        typeof report.status === 'string',
    );
  if (!valid)
    throw new SmsError(
      'recordDeliveryReports takes a list of DeliveryReport objects ({ provider, id, status, … }), as a webhook handler or getStatus gives them.',
      { code: 'INVALID_INPUT' },
    );
}

/** Moves each reported message forward (never back), in one round trip; reports for unknown ids are counted. */
export async function recordDeliveryReports(
  redis: MessageRedis,
  base: string,
  reports: readonly DeliveryReport[],
): Promise<DeliveryReportsRecorded> {
  assertReports(reports);
  if (reports.length === 0) return { updated: 0, ignored: 0, notFound: 0 };
  const entries = reports.map((report) => {
    const entry: Record<string, string> = { provider: report.provider, id: report.id, deliveryStatus: report.status };
    const state = STATE_OF_STATUS[report.status];
    if (state !== undefined) entry.state = state;
    if (report.providerStatus !== null && report.providerStatus !== undefined)
      entry.providerStatus = String(report.providerStatus);
    const at = report.at instanceof Date ? report.at.getTime() : Number.NaN;
    if (!Number.isNaN(at)) entry.at = String(at);
    if (typeof report.cost === 'number') entry.cost = String(report.cost);
    return entry;
  });
  const [updated, ignored, notFound] = (await runMessageScript(redis, RECORD_DELIVERY_REPORTS, [
    base,
    Date.now(),
    JSON.stringify(entries),
  ])) as [number, number, number];
  return { updated, ignored, notFound };
}
