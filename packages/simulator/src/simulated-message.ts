import type { ProviderName } from './provider-name';
import type { TextEncoding } from './text/analyze-text';

export type GhasedakApi = 'v2' | 'gateway';

export type SimulatedMessageStatus = 'scheduled' | 'queued' | 'sent' | 'delivered' | 'failed' | 'canceled';

/** One outgoing message (one recipient) as the simulator recorded it. */
export interface SimulatedMessage {
  provider: ProviderName;
  /** The provider's message id, as a string (SMS Partner: one id covers every recipient of a send). */
  id: string;
  batchId?: string;
  /** Ghasedak only: the API the message came through, v2 (`api.ghasedak.me/v2`) or the gateway (`gateway.ghasedak.me`). */
  api?: GhasedakApi;
  sender?: string;
  /** The recipient as the wire carried it. */
  recipient: string;
  text: string;
  encoding: TextEncoding;
  segments: number;
  /** ISO time the message is scheduled for, when it was scheduled. */
  sendAt?: string;
  /** The client reference (Ghasedak `checkid` or gateway `clientReferenceId`, SMS Partner `tag`). */
  reference?: string;
  template?: { id: string; params: Record<string, string> };
  voice?: boolean;
  /** SMS Partner `sandbox=1`: recorded, never charged, never delivered, no webhook. */
  sandbox?: boolean;
  status: SimulatedMessageStatus;
  statusHistory: { status: SimulatedMessageStatus; at: string }[];
  createdAt: string;
}
