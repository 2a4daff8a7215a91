import { Module } from '@nestjs/common';
import { ConfigurableSmsModule } from './sms-module-definition';

/**
 * Registers an SMS client: `SmsModule.forRoot(options)` or `SmsModule.forRootAsync({ imports, inject,
 * useFactory | useClass | useExisting })`, with `isGlobal` and `name` beside the options.
 */
@Module({})
export class SmsModule extends ConfigurableSmsModule {}
