import { SmsError } from '@sms/core';
import { createWebhookHandler, type WebhookHandler } from '@sms/core/server';
import type { SmsWebhookHttpRequest, SmsWebhookModuleOptions } from './sms-webhook-options';

const NAME = 'SmsWebhookModule';

/** One handler per provider id, built (and so checked) when the application starts. */
export function createWebhookHandlers(
  options: SmsWebhookModuleOptions,
): Map<string, WebhookHandler<SmsWebhookHttpRequest>> {
  if (!Array.isArray(options?.webhooks) || options.webhooks.length === 0) {
    throw new SmsError(
      `${NAME} needs \`webhooks\`: a list of { provider, secret, onDeliveryReport, onInbound }, one per provider.`,
      { code: 'INVALID_INPUT' },
    );
  }
  const handlers = new Map<string, WebhookHandler<SmsWebhookHttpRequest>>();
  for (const webhook of options.webhooks) {
    const handler = createWebhookHandler<SmsWebhookHttpRequest>(webhook, {
      name: NAME,
      // Nest's default body parsers; a text callback needs app.useBodyParser('text').
      bodyTypes: ['application/json', 'application/x-www-form-urlencoded'],
    });
    if (handlers.has(handler.provider)) {
      throw new SmsError(
        `${NAME}: two webhooks for the ${handler.provider} provider; each provider gets one route, so list it once.`,
        {
          code: 'INVALID_INPUT',
          provider: handler.provider,
        },
      );
    }
    handlers.set(handler.provider, handler);
  }
  return handlers;
}
