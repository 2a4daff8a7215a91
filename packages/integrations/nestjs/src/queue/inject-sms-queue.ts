import { Inject } from '@nestjs/common';
import { getSmsQueueToken } from './get-sms-queue-token';

/** Injects the queue registered without a name, or the one of `SmsQueueModule.forRoot({ name })`. */
export function InjectSmsQueue(name?: string): PropertyDecorator & ParameterDecorator {
  return Inject(getSmsQueueToken(name));
}
