import type { Balance } from '../model/balance';
import type { CallOptions } from '../model/call-options';
import type { CancelResult } from '../model/cancel-result';
import type { DeliveryReport } from '../model/delivery-report';
import type { InboundMessage, InboundQuery } from '../model/inbound-message';
import type { SendResult } from '../model/send-result';
import type { BatchMessage, SmsMessage, TemplateMessage } from '../model/sms-message';
import type { WebhookEvent, WebhookRequest } from '../model/webhook-event';
import type { MessageTarget } from './message-target';
import type { SmsCapabilities } from './sms-capabilities';

/**
 * The contract every provider package implements. Optional methods are the capabilities a provider may
 * lack; `capabilities` says which it has. Every method validates its input before any request and throws
 * only `SmsError`.
 */
export interface SmsProvider {
  /** A stable id such as `ghasedak`; used to route and in every error. */
  readonly id: string;
  readonly capabilities: SmsCapabilities;
  /** One text to one or many recipients; long lists are split to the provider's limit. */
  send(message: SmsMessage, options?: CallOptions): Promise<SendResult>;
  /** Personalised messages, one entry per message in the result, in input order. */
  sendBatch?(messages: readonly BatchMessage[], options?: CallOptions): Promise<SendResult>;
  /** A message from a provider-side template. */
  sendTemplate?(message: TemplateMessage, options?: CallOptions): Promise<SendResult>;
  cancel?(target: MessageTarget, options?: CallOptions): Promise<CancelResult>;
  getStatus?(target: MessageTarget, options?: CallOptions): Promise<DeliveryReport[]>;
  getBalance?(options?: CallOptions): Promise<Balance>;
  listInbound?(query?: InboundQuery, options?: CallOptions): Promise<InboundMessage[]>;
  /**
   * Turns a provider callback (delivery receipt, reply, opt-out) into normalised events. A payload the
   * provider does not recognise throws `INVALID_INPUT`; `[]` means a recognised payload with nothing to
   * report yet (e.g. one part of a multi-part reply).
   */
  parseWebhook?(request: WebhookRequest): Promise<WebhookEvent[]>;
  /** Closes the provider's sockets. */
  close(): Promise<void>;
}

/**
 * `SmsProvider` with the named optional methods present: what a provider package's own type extends, so
 * callers of a provider that has `cancel` need no `?.` (`interface GhasedakProvider extends SmsProviderWith<'cancel' | …>`).
 */
export type SmsProviderWith<Methods extends keyof SmsProvider> = SmsProvider & Required<Pick<SmsProvider, Methods>>;
