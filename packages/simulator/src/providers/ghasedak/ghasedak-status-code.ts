import type { StoredMessage } from '../../store/stored-message';

/**
 * The seed's status codes: 0 handed to the operator, 1 delivered, 2 sent with error, 8 reached the
 * telecom network, 16 did not reach it, 27 blacklisted, -1 wrong id. Ghasedak has no code for a message
 * still waiting for its send time; the simulator reports 0 for it, and 16 for one canceled before sending.
 */
export function ghasedakStatusCode(record: StoredMessage): number {
  switch (record.message.status) {
    case 'scheduled':
    case 'queued':
      return 0;
    case 'sent':
      return 8;
    case 'delivered':
      return 1;
    case 'failed':
      return record.failureCode ?? 2;
    case 'canceled':
      return 16;
  }
}

export const GHASEDAK_PRICE_PER_PART = 155;
