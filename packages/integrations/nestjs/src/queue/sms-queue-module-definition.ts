import { ConfigurableModuleBuilder, type DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { createSmsQueue, type SmsQueue } from '@sms/queue';
import { assertSmsQueueModuleOptions } from './assert-sms-queue-module-options';
import { assertQueueName, getSmsQueueToken } from './get-sms-queue-token';
import { SmsQueueLifecycle } from './sms-queue-lifecycle';
import type { SmsQueueModuleExtras, SmsQueueModuleOptions } from './sms-queue-module-options';

/** Local to each registration, so one token serves every queue without collisions. */
const SMS_QUEUE_LIFECYCLE = Symbol('SmsQueueLifecycle');

/**
 * Like `SmsModule`: the generated `forRoot` / `forRootAsync` provide the options under
 * `SMS_QUEUE_MODULE_OPTIONS`, local to each registration; `name` and `isGlobal` are extras, known when the
 * module is declared, so each registration gets its own queue token.
 */
export const { ConfigurableModuleClass: ConfigurableSmsQueueModule, MODULE_OPTIONS_TOKEN: SMS_QUEUE_MODULE_OPTIONS } =
  new ConfigurableModuleBuilder<SmsQueueModuleOptions>({ moduleName: 'SmsQueue' })
    .setClassMethodName('forRoot')
    .setFactoryMethodName('createSmsQueueOptions')
    .setExtras<SmsQueueModuleExtras>({ isGlobal: false, name: undefined }, (definition, extras): DynamicModule => {
      const name = extras.name === undefined ? undefined : assertQueueName(extras.name);
      const token = getSmsQueueToken(name);
      return {
        ...definition,
        global: extras.isGlobal === true,
        providers: [
          ...(definition.providers ?? []),
          {
            provide: token,
            useFactory: (options: SmsQueueModuleOptions): SmsQueue => {
              assertSmsQueueModuleOptions(options);
              const { worker: _worker, ...queueOptions } = options;
              return createSmsQueue({ ...queueOptions, ...(name === undefined ? {} : { name }) });
            },
            inject: [SMS_QUEUE_MODULE_OPTIONS],
          },
          {
            provide: SMS_QUEUE_LIFECYCLE,
            useFactory: (queue: SmsQueue, options: SmsQueueModuleOptions, moduleRef: ModuleRef) =>
              new SmsQueueLifecycle(queue, options, name, moduleRef),
            inject: [token, SMS_QUEUE_MODULE_OPTIONS, ModuleRef],
          },
        ],
        exports: [...(definition.exports ?? []), token],
      };
    })
    .build();
