import type {
  WebhookContext as ServerWebhookContext,
  WebhookErrorContext as ServerWebhookErrorContext,
  WebhookHandlerOptions,
} from '@sms/core/server';
import type { Request } from 'express';

export type { OptOutEvent } from '@sms/core/server';

/** What every callback gets besides its payload; `request` is the Express request. */
export type WebhookContext = ServerWebhookContext<Request>;

export type WebhookErrorContext = ServerWebhookErrorContext<Request>;

export interface WebhookRouterOptions extends WebhookHandlerOptions<Request> {
  /**
   * Addresses or CIDR ranges allowed to call (403 for others), checked against `req.ip`. Behind a proxy, set
   * Express's own `app.set('trust proxy', ...)`, or every caller has the proxy's address. Default: any address.
   */
  allowIps?: readonly string[];
  /** Largest body accepted (413 beyond), in bytes or as `'100kb'`. Default `'100kb'`. */
  limit?: number | string;
}
