import { randomUUID } from 'node:crypto';
import type { SendResult } from '@sms/core';

/**
 * Keeps what each send returned under a ticket, so a later request can cancel it or ask its status by
 * ticket: `cancel` and `getStatus` take the `SendResult` itself, with its provider and batch ids.
 */
export class SentMessages {
  private readonly results = new Map<string, SendResult>();

  keep(result: SendResult): string {
    const ticket = randomUUID();
    this.results.set(ticket, result);
    return ticket;
  }

  find(ticket: string): SendResult | undefined {
    return this.results.get(ticket);
  }
}
