import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { SMS_CLIENT, SmsModule } from '@sms/nestjs';
import type { SmsClient } from '@sms/core';
import { NotificationsController } from '../notifications/notifications-controller';
import { SmsMailer } from '../notifications/sms-mailer';
import { createDemoProviders } from '../sms/create-demo-providers';
import type { DemoProviderSettings } from '../sms/demo-provider-settings';
import { demoTemplates } from '../sms/demo-templates';
import { AccountController } from './account-controller';
import { DemoActivity } from './demo-activity';
import { MessagesController } from './messages-controller';
import { SentMessages } from './sent-messages';
import { SmsExceptionFilter } from './sms-exception-filter';

export interface AppModuleSettings {
  providerSettings: DemoProviderSettings;
  activity: DemoActivity;
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
        ConfigModule.forRoot({ ignoreEnvFile: true, isGlobal: true, load: [() => ({ sms: settings.providerSettings })] }),
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
        { provide: APP_FILTER, useClass: SmsExceptionFilter },
      ],
    };
  }
}
