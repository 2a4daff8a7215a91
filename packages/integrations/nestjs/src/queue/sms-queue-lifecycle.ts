import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { SmsError, type SmsClient } from '@sms/core';
import { createSmsWorker, type SmsQueue, type SmsWorker } from '@sms/queue';
import { getSmsClientToken } from '../get-sms-client-token';
import type { SmsQueueModuleOptions } from './sms-queue-module-options';

/**
 * Starts the registration's worker once every module is initialised (so the client of `SmsModule` exists,
 * wherever it is registered) and closes worker and queue on shutdown. The client is never closed here:
 * `SmsModule` owns it.
 */
export class SmsQueueLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private worker: SmsWorker | undefined;

  constructor(
    private readonly queue: SmsQueue,
    private readonly options: SmsQueueModuleOptions,
    private readonly queueName: string | undefined,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.worker === undefined || this.worker !== undefined) return;
    const { client, clientName, ...workerOptions } = this.options.worker;
    const logger = new Logger('SmsQueueModule');
    try {
      this.worker = createSmsWorker({
        onError: (error) => logger.error(`Worker of queue ${this.queue.queue.name}: ${error.message}`),
        ...workerOptions,
        connection: this.options.connection,
        ...(this.queueName === undefined ? {} : { name: this.queueName }),
        ...(this.options.prefix === undefined ? {} : { prefix: this.options.prefix }),
        client: client ?? this.findClient(clientName),
      });
    } catch (error) {
      // A failed init cannot be closed (Nest's close() rethrows the init error), so the queue's
      // connection is closed here rather than left open.
      await this.queue.close();
      throw error;
    }
  }

  // Before `onApplicationShutdown`, where SmsModule closes the client: the sends in flight finish with it open.
  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close();
  }

  // After the HTTP server stopped, so a request still being answered can enqueue.
  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  private findClient(name: string | undefined): SmsClient {
    const token = getSmsClientToken(name);
    try {
      return this.moduleRef.get<SmsClient>(token, { strict: false });
    } catch {
      const registration =
        name === undefined ? 'SmsModule.forRoot(...)' : `SmsModule.forRoot({ name: '${name}', ... })`;
      throw new SmsError(
        `SmsQueueModule: the worker needs a client, and none is registered under ${token}; import ${registration} in the application or give \`worker.client\`.`,
        { code: 'INVALID_INPUT' },
      );
    }
  }
}
