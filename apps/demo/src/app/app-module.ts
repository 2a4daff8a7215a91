import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import type { SmsClient } from '@sms/core';
import { SMS_CLIENT, SMS_EXCEPTION_FILTER_OPTIONS, SmsExceptionFilter, SmsModule, SmsWebhookModule } from '@sms/nestjs';
import { NotificationsController } from '../notifications/notifications-controller';
import { SmsMailer } from '../notifications/sms-mailer';
import { createDemoProviders } from '../sms/create-demo-providers';
import type { DemoProviderSettings } from '../sms/demo-provider-settings';
import { demoTemplates } from '../sms/demo-templates';
import { AccountController } from './account-controller';
import { DemoActivity } from './demo-activity';
import { MessagesController } from './messages-controller';
import { SentMessages } from './sent-messages';

export interface AppModuleSettings {
  providerSettings: DemoProviderSettings;
  activity: DemoActivity;
  /** The secret in the webhook URLs given to SMS Partner. */
  webhookSecret: string;
}

/**
 * SMS Partner's delivery receipts, on `SmsWebhookModule`: `POST /webhooks/smspartner/<secret>` (its replies
 * go to the Express webhook router, see `mountExpressRoutes`).
 */
function smsPartnerReceipts(settings: AppModuleSettings): DynamicModule {
  const { activity, webhookSecret } = settings;
  return SmsWebhookModule.forRootAsync({
    path: 'webhooks',
    inject: [SMS_CLIENT],
    useFactory: (client: SmsClient) => ({
      webhooks: [
        {
          provider: client.provider('smspartner'),
          secret: webhookSecret,
          onDeliveryReport: (report) => activity.recordDeliveryReport(report),
          onInbound: (message) => activity.recordInbound(message),
        },
      ],
    }),
  });
}

@Module({})
export class AppModule {
  /**
   * The provider settings go through `ConfigModule`, and `SmsModule.forRootAsync` builds the client from
   * `ConfigService`, as an app reading its configuration would.
   */
  static register(settings: AppModuleSettings): DynamicModule {
    const { activity } = settings;
    return {
      module: AppModule,
      imports: [
        ...(settings.providerSettings.smspartner === undefined ? [] : [smsPartnerReceipts(settings)]),
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          isGlobal: true,
          load: [() => ({ sms: settings.providerSettings })],
        }),
        SmsModule.forRootAsync({
          isGlobal: true,
          imports: [ConfigModule],
          inject: [ConfigService],
          useFactory: (config: ConfigService) => ({
            providers: createDemoProviders(config.getOrThrow<DemoProviderSettings>('sms')),
            strategy: 'failover',
            templates: demoTemplates,
            defaultCountry: 'IR',
            hooks: { onSent: (event) => activity.recordSent(event), onError: (event) => activity.recordError(event) },
          }),
        }),
      ],
      controllers: [MessagesController, AccountController, NotificationsController],
      providers: [
        { provide: DemoActivity, useValue: activity },
        { provide: SentMessages, useValue: new SentMessages() },
        { provide: SmsMailer, useFactory: (client: SmsClient) => new SmsMailer(client), inject: [SMS_CLIENT] },
        // SmsErrors (refused bodies included) as problem documents; a demo shows every error's message.
        { provide: SMS_EXCEPTION_FILTER_OPTIONS, useValue: { exposeErrorMessages: true } },
        { provide: APP_FILTER, useClass: SmsExceptionFilter },
      ],
    };
  }
}
