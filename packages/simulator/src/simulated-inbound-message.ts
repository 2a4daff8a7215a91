import type { ProviderName } from './provider-name';

/** A message received by an account (a reply), as given to `simulator.receive` or answered in the inbox. */
export interface SimulatedInboundMessage {
  provider: ProviderName;
  id: string;
  from: string;
  to: string;
  text: string;
  receivedAt: string;
  /** The outgoing message this answers, when known. */
  inReplyTo?: string;
  /** Ghasedak: whether `sms/receive/last` already returned it with `isread=0`. */
  read: boolean;
}
