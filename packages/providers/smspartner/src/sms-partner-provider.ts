import type {
  Balance,
  BatchMessage,
  CallOptions,
  CancelResult,
  DeliveryReport,
  MessageTarget,
  SendResult,
  SmsCapabilities,
  SmsMessage,
  SmsProvider,
  WebhookEvent,
  WebhookRequest,
} from '@sms/core';
import type { SmsPartnerNativeApi } from './native/native-types';

/**
 * An SMS Partner account behind the `@sms/core` contract. The unified methods (`send`, `cancel`…) take
 * and return the core model; SMS Partner's own API, whose `send` and `cancel` speak the wire format, is
 * under `native`.
 */
export interface SmsPartnerProvider extends SmsProvider {
  readonly id: string;
  readonly capabilities: SmsCapabilities;
  /** The whole SMS Partner v1 API, typed and close to the wire. */
  readonly native: SmsPartnerNativeApi;
  send(message: SmsMessage, options?: CallOptions): Promise<SendResult>;
  sendBatch(messages: readonly BatchMessage[], options?: CallOptions): Promise<SendResult>;
  cancel(target: MessageTarget, options?: CallOptions): Promise<CancelResult>;
  getStatus(target: MessageTarget, options?: CallOptions): Promise<DeliveryReport[]>;
  getBalance(options?: CallOptions): Promise<Balance>;
  parseWebhook(request: WebhookRequest): Promise<WebhookEvent[]>;
  close(): Promise<void>;
}
