import type { OnApplicationShutdown } from '@nestjs/common';
import type { SmsClient } from '@sms/core';

/**
 * Closes a client (and so every provider's connection pool) when the application shuts down. It runs in
 * `onApplicationShutdown`, after the HTTP server stopped taking requests, so no in-flight send loses its client.
 */
export class SmsClientLifecycle implements OnApplicationShutdown {
  constructor(private readonly client: SmsClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
