import type { ConfigurableModuleAsyncOptions } from '@nestjs/common';
import type { WebhookContext, WebhookErrorContext, WebhookHandlerOptions } from '@sms/core/server';

/** The platform's request (Express's or Fastify's), as far as the webhook controller reads it. */
export interface SmsWebhookHttpRequest {
  method: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  body?: unknown;
  query?: Readonly<Record<string, unknown>>;
  /** The caller's address, after the platform's `trust proxy` setting. */
  ip?: string;
  socket?: { remoteAddress?: string };
  readableEnded?: boolean;
  /** Fastify's underlying Node request. */
  raw?: { readableEnded?: boolean; socket?: { remoteAddress?: string } };
}

/** One provider's webhook: its provider, secret and callbacks, as `@sms/core/server`'s `createWebhookHandler` takes them. */
export type SmsWebhookOptions = WebhookHandlerOptions<SmsWebhookHttpRequest>;
export type SmsWebhookContext = WebhookContext<SmsWebhookHttpRequest>;
export type SmsWebhookErrorContext = WebhookErrorContext<SmsWebhookHttpRequest>;

export interface SmsWebhookModuleOptions {
  /** One entry per provider, each answered at `<path>/<provider id>/<secret>` (or `?token=<secret>`). */
  webhooks: readonly SmsWebhookOptions[];
}

/** Settings of the registration itself, known when the module is declared (the routes depend on them). */
export interface SmsWebhookModuleExtras {
  /** Where the webhook routes are mounted. Default `'webhooks'`: `POST /webhooks/<provider id>/<secret>`. */
  path?: string;
}

/** What a `useClass` / `useExisting` options factory implements. */
export interface SmsWebhookOptionsFactory {
  createSmsWebhookOptions(): SmsWebhookModuleOptions | Promise<SmsWebhookModuleOptions>;
}

export type SmsWebhookModuleForRootOptions = SmsWebhookModuleOptions & SmsWebhookModuleExtras;
export type SmsWebhookModuleForRootAsyncOptions = ConfigurableModuleAsyncOptions<
  SmsWebhookModuleOptions,
  'createSmsWebhookOptions'
> &
  SmsWebhookModuleExtras;
