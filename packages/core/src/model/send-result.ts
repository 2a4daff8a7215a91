import type { SmsError } from '../errors/sms-error';
import type { DeliveryStatus } from './delivery-status';

/** What happened to one recipient of a send. */
export interface SentMessage {
  /** The recipient in E.164 (or the short code as given). */
  to: string;
  /** The provider's message id, as a string (Ghasedak ids exceed 2^31). */
  id?: string;
  status: DeliveryStatus;
  /** The provider's own status value, when it returned one. */
  providerStatus?: string | number;
  segments?: number;
  cost?: number;
  /** The provider's batch id of the request that sent this message, when a send took several requests. */
  batchId?: string;
  /**
   * Your reference for this one message as the provider was given it (Ghasedak `checkid`), where the provider
   * keeps one per message; it can find the message by it even when the send's answer was lost.
   */
  reference?: string;
  /** Set on the entries of a partial failure: why this recipient was not sent, or may not have been. */
  error?: SmsError;
}

/**
 * The result of a send: one entry per recipient, in input order, even when the provider was called in
 * several chunked requests.
 */
export interface SendResult {
  provider: string;
  /** One id for the whole send, where the provider has one (SMSAfzar `batchId`, SMS Partner `message_id`). */
  batchId?: string;
  messages: SentMessage[];
  /** Total cost as the provider reports it. */
  cost?: number;
  currency?: string;
  /** When the send is scheduled for. */
  sendAt?: Date;
  /** The provider's answers as parsed JSON: one per request, in request order. */
  raw: unknown;
}
