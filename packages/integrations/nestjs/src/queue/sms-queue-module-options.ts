import type { ConfigurableModuleAsyncOptions } from '@nestjs/common';
import type { SmsClient } from '@sms/core';
import type { SmsQueueOptions, SmsWorkerOptions } from '@sms/queue';

/** `createSmsWorker`'s settings; the connection, queue name and prefix are the queue's. */
export interface SmsQueueModuleWorkerOptions extends Omit<
  SmsWorkerOptions,
  'connection' | 'client' | 'name' | 'prefix'
> {
  /** The client that sends. Default: the client `SmsModule` registered (under `clientName` if given). */
  client?: SmsClient;
  /** The `name` of the `SmsModule.forRoot({ name })` client that sends. Default: the default client. */
  clientName?: string;
}

/** What `createSmsQueue` takes (its `name` is the registration's), and the worker to run, if any. */
export interface SmsQueueModuleOptions extends Omit<SmsQueueOptions, 'name'> {
  /** Runs a worker in this application with these settings (`{}` for the defaults). Default: no worker. */
  worker?: SmsQueueModuleWorkerOptions;
}

/** Settings of the registration itself, known when the module is declared (also for `forRootAsync`). */
export interface SmsQueueModuleExtras {
  /** Register the module globally, so feature modules need not import it. Default `false`. */
  isGlobal?: boolean;
  /**
   * The BullMQ queue name (default `sms`), and the queue's injection name: `@InjectSmsQueue(name)`,
   * `getSmsQueueToken(name)`. Leave it out for the default queue, injected with `@InjectSmsQueue()`.
   */
  name?: string;
}

/** What a `useClass` / `useExisting` options factory implements. */
export interface SmsQueueOptionsFactory {
  createSmsQueueOptions(): SmsQueueModuleOptions | Promise<SmsQueueModuleOptions>;
}

export type SmsQueueModuleForRootOptions = SmsQueueModuleOptions & SmsQueueModuleExtras;
export type SmsQueueModuleForRootAsyncOptions = ConfigurableModuleAsyncOptions<
  SmsQueueModuleOptions,
  'createSmsQueueOptions'
> &
  SmsQueueModuleExtras;
