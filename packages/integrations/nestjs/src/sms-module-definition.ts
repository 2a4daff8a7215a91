import { ConfigurableModuleBuilder } from '@nestjs/common';
import { createSmsClient } from '@sms/core';
import { createClientProviders } from './create-client-providers';
import { assertClientName } from './get-sms-client-token';
import type { SmsModuleExtras, SmsModuleOptions } from './sms-module-options';

/**
 * The generated `forRoot` / `forRootAsync` provide the options under `SMS_MODULE_OPTIONS`, which stays local
 * to each registration. `name` and `isGlobal` are extras: known when the module is declared (also for
 * `forRootAsync`), stripped from the options, and used here to give each registration its own client token.
 */
export const { ConfigurableModuleClass: ConfigurableSmsModule, MODULE_OPTIONS_TOKEN: SMS_MODULE_OPTIONS } =
  new ConfigurableModuleBuilder<SmsModuleOptions>({ moduleName: 'Sms' })
    .setClassMethodName('forRoot')
    .setFactoryMethodName('createSmsOptions')
    .setExtras<SmsModuleExtras>({ isGlobal: false, name: undefined }, (definition, extras) => {
      const name = extras.name === undefined ? undefined : assertClientName(extras.name);
      const client = createClientProviders(name, {
        useFactory: (options: SmsModuleOptions) => createSmsClient(options),
        inject: [SMS_MODULE_OPTIONS],
      });
      return {
        ...definition,
        global: extras.isGlobal === true,
        providers: [...(definition.providers ?? []), ...client.providers],
        exports: [...(definition.exports ?? []), ...client.exports],
      };
    })
    .build();
