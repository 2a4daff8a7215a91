import { Module } from '@nestjs/common';
import { ConfigurableSmsQueueModule } from './sms-queue-module-definition';

/**
 * Registers an `@sms/queue` queue, and optionally a worker that sends its jobs through the client of
 * `SmsModule`: `SmsQueueModule.forRoot(options)` or `SmsQueueModule.forRootAsync({ imports, inject,
 * useFactory | useClass | useExisting })`, with `isGlobal` and `name` beside the options.
 */
@Module({})
export class SmsQueueModule extends ConfigurableSmsQueueModule {}
