import type { SimulatedMessageStatus } from '../../simulated-message';

/** The `statut`/`status` strings of the status endpoints; canceled is not documented ("Cancelled" here). */
export const SMSPARTNER_STATUS_TEXT: Record<SimulatedMessageStatus, string> = {
  scheduled: 'Waiting',
  queued: 'Waiting',
  sent: 'Waiting',
  delivered: 'Delivered',
  failed: 'Not delivered',
  canceled: 'Cancelled',
};

/** Operator-level codes of the "Status Error Codes" list, used in delivery receipts. */
export const SMSPARTNER_STATUS_CODE: Record<SimulatedMessageStatus, string> = {
  scheduled: 'PENDING',
  queued: 'ACCEPTD',
  sent: 'ENROUTE',
  delivered: 'DELIVRD',
  failed: 'UNDELIV',
  canceled: 'REJECTD',
};

export const SMSPARTNER_PRICE_PER_SMS = 0.038;

export const roundEuros = (amount: number): number => Math.round(amount * 1000) / 1000;
