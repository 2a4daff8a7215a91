import { Inject } from '@nestjs/common';
import { getSmsClientToken } from './get-sms-client-token';

/** Injects the default client, or the one registered with `SmsModule.forRoot({ name })`. */
export function InjectSms(name?: string): PropertyDecorator & ParameterDecorator {
  return Inject(getSmsClientToken(name));
}
