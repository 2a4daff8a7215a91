import { Module } from '@nestjs/common';
import { ConfigurableSmsWebhookModule } from './sms-webhook-module-definition';

/**
 * Receives providers' callbacks (delivery receipts, replies, STOP): `SmsWebhookModule.forRoot({ path,
 * webhooks: [{ provider, secret, onDeliveryReport, onInbound }] })`, or `forRootAsync({ imports, inject,
 * useFactory })` to build the list from injected services. Each provider answers at
 * `POST <path>/<provider id>/<secret>`; verification, parsing and dispatch are `@sms/core/server`'s.
 */
@Module({})
export class SmsWebhookModule extends ConfigurableSmsWebhookModule {}
