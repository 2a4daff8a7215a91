import type { ConfigurableModuleAsyncOptions } from '@nestjs/common';
import type { SmsClientOptions } from '@sms/core';

/** What `createSmsClient` takes: providers, strategy, failover, templates, hooks, defaultCountry. */
export type SmsModuleOptions = SmsClientOptions;

/** Settings of the registration itself; they never reach `createSmsClient`. */
export interface SmsModuleExtras {
  /** Register the module globally, so feature modules need not import it. Default `false`. */
  isGlobal?: boolean;
  /**
   * A named client, injected with `@InjectSms(name)` or `getSmsClientToken(name)`. Leave it out for the
   * default client, which is also injectable as the `SmsClient` class.
   */
  name?: string;
}

/** What a `useClass` / `useExisting` options factory implements. */
export interface SmsOptionsFactory {
  createSmsOptions(): SmsModuleOptions | Promise<SmsModuleOptions>;
}

export type SmsModuleForRootOptions = SmsModuleOptions & SmsModuleExtras;
export type SmsModuleForRootAsyncOptions = ConfigurableModuleAsyncOptions<SmsModuleOptions, 'createSmsOptions'> &
  SmsModuleExtras;
