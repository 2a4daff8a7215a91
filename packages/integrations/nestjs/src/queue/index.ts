export { SmsQueueModule } from './sms-queue-module';
export { SMS_QUEUE_MODULE_OPTIONS } from './sms-queue-module-definition';
export type {
  SmsQueueModuleExtras,
  SmsQueueModuleForRootAsyncOptions,
  SmsQueueModuleForRootOptions,
  SmsQueueModuleOptions,
  SmsQueueModuleWorkerOptions,
  SmsQueueOptionsFactory,
} from './sms-queue-module-options';
export { InjectSmsQueue } from './inject-sms-queue';
export { SMS_QUEUE, getSmsQueueToken } from './get-sms-queue-token';
export type { SmsQueue } from '@sms/queue';
