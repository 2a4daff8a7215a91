import { ConfigurableModuleBuilder } from '@nestjs/common';
import { SmsError } from '@sms/core';
import { createSmsWebhookController } from './create-sms-webhook-controller';
import { SMS_WEBHOOK_MODULE_OPTIONS } from './sms-webhook-module-options-token';
import type { SmsWebhookModuleExtras, SmsWebhookModuleOptions } from './sms-webhook-options';

function routePath(path: unknown): string {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new SmsError(
      `SmsWebhookModule: \`path\` must be a non-empty string such as 'webhooks', got ${JSON.stringify(path)}.`,
      { code: 'INVALID_INPUT' },
    );
  }
  return path;
}

/**
 * The generated `forRoot` / `forRootAsync` provide the options under `SMS_WEBHOOK_MODULE_OPTIONS`; `path` is
 * an extra, known when the module is declared, because the controller's routes are fixed then.
 */
export const { ConfigurableModuleClass: ConfigurableSmsWebhookModule } =
  new ConfigurableModuleBuilder<SmsWebhookModuleOptions>({
    optionsInjectionToken: SMS_WEBHOOK_MODULE_OPTIONS,
  })
    .setClassMethodName('forRoot')
    .setFactoryMethodName('createSmsWebhookOptions')
    .setExtras<SmsWebhookModuleExtras>({ path: 'webhooks' }, (definition, extras) => ({
      ...definition,
      controllers: [...(definition.controllers ?? []), createSmsWebhookController(routePath(extras.path))],
    }))
    .build();
