import type { DeliveryReport, InboundMessage, SmsProviderWith, WebhookEvent } from '@sms/core';
import type { Request } from 'express';
import type { ProblemTypeResolver } from '../problems/problem-details';
import type { TrustProxy } from './client-address';

export type OptOutEvent = Extract<WebhookEvent, { type: 'opt-out' }>;

/** What every callback gets besides its payload. */
export interface WebhookContext {
  /** The provider's id. */
  provider: string;
  /** The whole normalised event. */
  event: WebhookEvent;
  request: Request;
}

export interface WebhookErrorContext {
  provider: string;
  /** `parse`: the provider's `parseWebhook` refused the payload (answered 400); `callback`: one of your callbacks threw (answered 500). */
  stage: 'parse' | 'callback';
  /** The event whose callback threw. */
  event?: WebhookEvent;
  request: Request;
}

export interface WebhookRouterOptions {
  /**
   * The provider whose callbacks this router receives. Its type must have `parseWebhook` (a provider without
   * it does not compile; from plain JavaScript it throws `UNSUPPORTED` at startup).
   */
  provider: SmsProviderWith<'parseWebhook'>;
  /**
   * The secret the provider must present, in the path (`<mount>/<secret>`) or as `?token=<secret>`. At
   * least 16 URL-safe characters. A list accepts each of them, to rotate without downtime.
   */
  secret: string | readonly string[];
  onDeliveryReport(report: DeliveryReport, context: WebhookContext): void | Promise<void>;
  onInbound(message: InboundMessage, context: WebhookContext): void | Promise<void>;
  /**
   * STOP replies. Without it an opt-out goes to `onInbound` (its `context.event.type` is `opt-out`), so none
   * is dropped.
   */
  onOptOut?(event: OptOutEvent, context: WebhookContext): void | Promise<void>;
  /** Told about every payload refused by `parseWebhook` and every callback that threw. */
  onError?(error: unknown, context: WebhookErrorContext): void | Promise<void>;
  /** Addresses or CIDR ranges allowed to call (403 for others). Default: any address. */
  allowIps?: readonly string[];
  /**
   * How the caller's address is found for `allowIps`. Default: `req.ip` (the app's `trust proxy` setting).
   * `false`: the socket's peer; `true`: the first `X-Forwarded-For` entry; `n`: `n` proxies in front of the app.
   */
  trustProxy?: TrustProxy;
  /** Largest body accepted (413 beyond), in bytes or as `'100kb'`. Default `'100kb'`. */
  limit?: number | string;
  /** The problem `type` URI for a code. Default: `urn:sms:error:<code in kebab-case>`. */
  problemType?: ProblemTypeResolver;
}
