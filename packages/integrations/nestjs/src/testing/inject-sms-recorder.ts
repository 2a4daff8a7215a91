import { Inject } from '@nestjs/common';
import { getSmsRecorderToken } from './get-sms-recorder-token';

/** Injects the recorder of the default testing client, or of `SmsTestingModule.forRoot({ name })`. */
export function InjectSmsRecorder(name?: string): PropertyDecorator & ParameterDecorator {
  return Inject(getSmsRecorderToken(name));
}
