export { SmsModule } from './sms-module';
export { SMS_MODULE_OPTIONS } from './sms-module-definition';
export type {
  SmsModuleExtras,
  SmsModuleForRootAsyncOptions,
  SmsModuleForRootOptions,
  SmsModuleOptions,
  SmsOptionsFactory,
} from './sms-module-options';
export { SmsClient } from './sms-client';
export { InjectSms } from './inject-sms';
export { SMS_CLIENT, getSmsClientToken } from './get-sms-client-token';
export { SmsExceptionFilter } from './errors/sms-exception-filter';
export { SMS_EXCEPTION_FILTER_OPTIONS } from './errors/sms-exception-filter-options';
export type { SmsExceptionFilterOptions } from './errors/sms-exception-filter-options';
export { SmsWebhookModule } from './webhooks/sms-webhook-module';
export { SMS_WEBHOOK_MODULE_OPTIONS } from './webhooks/sms-webhook-module-options-token';
export type {
  SmsWebhookContext,
  SmsWebhookErrorContext,
  SmsWebhookHttpRequest,
  SmsWebhookModuleExtras,
  SmsWebhookModuleForRootAsyncOptions,
  SmsWebhookModuleForRootOptions,
  SmsWebhookModuleOptions,
  SmsWebhookOptions,
  SmsWebhookOptionsFactory,
} from './webhooks/sms-webhook-options';
