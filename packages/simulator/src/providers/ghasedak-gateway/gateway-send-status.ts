import type { StoredMessage } from '../../store/stored-message';

/**
 * The gateway's status table (reference §2.6), not v2's: 0 no status yet, 1 cancelled, 2 blacklisted, 3 handed
 * to the operator, 4 not delivered to the handset, 5 delivered, 6 sending failed (7 debug and 8 unknown are
 * never produced). A message walks 0 (scheduled) → 3 (sent) → 5 (delivered), or ends at 4, 6, 2 or 1.
 */
export function gatewaySendStatus(record: StoredMessage): number {
  switch (record.message.status) {
    case 'scheduled':
    case 'queued':
      return 0;
    case 'sent':
      return 3;
    case 'delivered':
      return 5;
    case 'canceled':
      return 1;
    case 'failed':
      // Failure codes are v2's: 27 blacklisted, 16 did not reach the network; anything else failed at the handset.
      if (record.failureCode === 27) return 2;
      if (record.failureCode === 16) return 6;
      return 4;
  }
}
