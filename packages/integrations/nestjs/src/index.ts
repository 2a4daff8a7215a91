export { SmsModule } from './sms-module';
export { SMS_MODULE_OPTIONS } from './sms-module-definition';
export type { SmsModuleExtras, SmsModuleForRootAsyncOptions, SmsModuleForRootOptions, SmsModuleOptions, SmsOptionsFactory } from './sms-module-options';
export { SmsClient } from './sms-client';
export { InjectSms } from './inject-sms';
export { SMS_CLIENT, getSmsClientToken } from './get-sms-client-token';
