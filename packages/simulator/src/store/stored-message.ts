import type { SimulatedMessage } from '../simulated-message';

/** A recorded message plus what only the simulator needs to know about it. */
export interface StoredMessage {
  /** Unique per record (an SMS Partner id covers several recipients); the inbox addresses rows by it. */
  key: number;
  /** Position among every record and inbound message, so the inbox can order both by arrival. */
  ordinal: number;
  message: SimulatedMessage;
  /** What was charged, in the account's unit. */
  cost: number;
  /** Sent, then failed at once with this provider status (a Ghasedak blacklisted recipient: 27). */
  failOnSendCode?: number;
  /** The provider status a failed message reports, when not the default one. */
  failureCode?: number;
  /** SMS Partner webhook URLs given with the send. */
  urlDlr?: string;
  urlResponse?: string;
}
