import type { DeliveryReport } from './delivery-report';
import type { InboundMessage } from './inbound-message';

/** A provider callback as the provider's `parseWebhook` sees it: framework-free. */
export interface WebhookRequest {
  method?: string;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The parsed body (JSON object or form fields), or the raw text / bytes. */
  body: unknown;
  query?: Readonly<Record<string, unknown>>;
}

/** One normalised event out of a provider callback. */
export type WebhookEvent =
  | { type: 'delivery-report'; provider: string; report: DeliveryReport }
  | { type: 'inbound'; provider: string; message: InboundMessage }
  | { type: 'opt-out'; provider: string; phoneNumber: string; message?: InboundMessage; raw: unknown };
