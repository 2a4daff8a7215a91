import type { DeliveryReport } from '../../model/delivery-report';
import type { InboundMessage } from '../../model/inbound-message';
import type { WebhookEvent } from '../../model/webhook-event';
import type { SmsProviderWith } from '../../provider/sms-provider';
import type { ProblemTypeResolver } from '../problems/problem-details';

export type OptOutEvent = Extract<WebhookEvent, { type: 'opt-out' }>;

/** What every callback gets besides its payload; `request` is the framework's own request object. */
export interface WebhookContext<Request = unknown> {
  /** The provider's id. */
  provider: string;
  /** The whole normalised event. */
  event: WebhookEvent;
  request: Request;
}

export interface WebhookErrorContext<Request = unknown> {
  provider: string;
  /** `parse`: the provider's `parseWebhook` refused the payload (answered 400); `callback`: one of your callbacks threw (answered 500). */
  stage: 'parse' | 'callback';
  /** The event whose callback threw. */
  event?: WebhookEvent;
  request: Request;
}

/** One provider's callbacks: who may call, with which secret, and where each event goes. */
export interface WebhookHandlerOptions<Request = unknown> {
  /**
   * The provider whose callbacks this handler receives. Its type must have `parseWebhook` (a provider without
   * it does not compile; from plain JavaScript it throws `UNSUPPORTED` at startup).
   */
  provider: SmsProviderWith<'parseWebhook'>;
  /**
   * The secret the provider must present, in the path (`<mount>/<secret>`) or as `?token=<secret>`. At
   * least 16 URL-safe characters. A list accepts each of them, to rotate without downtime.
   */
  secret: string | readonly string[];
  onDeliveryReport(report: DeliveryReport, context: WebhookContext<Request>): void | Promise<void>;
  onInbound(message: InboundMessage, context: WebhookContext<Request>): void | Promise<void>;
  /**
   * STOP replies. Without it an opt-out goes to `onInbound` (its `context.event.type` is `opt-out`), so none
   * is dropped.
   */
  onOptOut?(event: OptOutEvent, context: WebhookContext<Request>): void | Promise<void>;
  /** Told about every payload refused by `parseWebhook` and every callback that threw. */
  onError?(error: unknown, context: WebhookErrorContext<Request>): void | Promise<void>;
  /**
   * Addresses or CIDR ranges allowed to call (403 for others), checked against the client address the
   * framework found (behind a proxy, its `trust proxy` setting decides it). Default: any address.
   */
  allowIps?: readonly string[];
  /** The problem `type` URI for a code. Default: `urn:sms:error:<code in kebab-case>`. */
  problemType?: ProblemTypeResolver;
}
