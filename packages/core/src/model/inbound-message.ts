/** A message received on one of your lines. */
export interface InboundMessage {
  provider: string;
  id?: string;
  /** The sender, normalised to E.164 where possible. */
  from: string;
  /** Your line that received it. */
  to?: string;
  text: string;
  receivedAt?: Date;
  /** The id of the message this answers, where the provider links them. */
  inReplyTo?: string;
  raw: unknown;
}

/** Which inbound messages to list; each provider uses what it supports. */
export interface InboundQuery {
  /** Your receiving line. */
  line?: string;
  /** Ask for messages already read instead of unread ones (Ghasedak `isread`). */
  read?: boolean;
  from?: Date;
  until?: Date;
  /** Zero-based page. */
  page?: number;
  limit?: number;
}
