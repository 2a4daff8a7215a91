export { SmsTestingModule } from './sms-testing-module';
export type { SmsTestingModuleOptions } from './sms-testing-module';
export { SmsRecorder } from './sms-recorder';
export type { RecordedCall, RecordedMessage } from './sms-recorder';
export { InjectSmsRecorder } from './inject-sms-recorder';
export { SMS_RECORDER, getSmsRecorderToken } from './get-sms-recorder-token';
