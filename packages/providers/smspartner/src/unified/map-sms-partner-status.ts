import type { DeliveryStatus } from '@sms/core';

// Keys are lower case: the documents spell the same status "Delivered" and "delivered".
const STATUSES: Readonly<Record<string, DeliveryStatus>> = {
  delivered: 'delivered',
  'not delivered': 'failed',
  waiting: 'sent',
  ko: 'failed',
  'numéro introuvable': 'unknown',
  // Operator-level codes ("Status Error Codes"), as found in delivery receipts.
  delivrd: 'delivered',
  pending: 'sent',
  acceptd: 'sent',
  enroute: 'sent',
  undeliv: 'failed',
  expired: 'expired',
  rejectd: 'rejected',
  unknown: 'unknown',
  // Not in the documents: a canceled send's status is never shown there. Read in case it appears.
  cancelled: 'canceled',
  canceled: 'canceled',
};

/** Maps an SMS Partner status (`statut`, `status` or operator `statusCode`) to a `DeliveryStatus`, ignoring case. */
export function mapSmsPartnerStatus(status: unknown): DeliveryStatus {
  if (typeof status !== 'string') return 'unknown';
  return STATUSES[status.trim().toLowerCase()] ?? 'unknown';
}
