import type { DeliveryReport, InboundMessage, SendErrorEvent, SentEvent } from '@sms/core';

/** One send attempt as the client's hooks saw it: which provider, and whether it went out. */
export interface DemoAttempt {
  provider: string;
  attempt: number;
  operation: string;
  outcome: 'sent' | 'failed';
  code?: string;
  willFailover?: boolean;
  at: string;
}

/** One event handed over by a webhook router. */
export type DemoWebhookEvent =
  | { type: 'delivery-report'; provider: string; report: DeliveryReport; at: string }
  | { type: 'inbound'; provider: string; message: InboundMessage; at: string };

/**
 * What happened in the app, for the tour and for a person exploring it: send attempts from the client's
 * hooks and events from the webhook routers. Bounded, newest last.
 */
export class DemoActivity {
  private static readonly LIMIT = 5_000;
  readonly attempts: DemoAttempt[] = [];
  readonly webhookEvents: DemoWebhookEvent[] = [];

  recordSent(event: SentEvent): void {
    this.push(this.attempts, {
      provider: event.provider,
      attempt: event.attempt,
      operation: event.operation,
      outcome: 'sent',
      at: new Date().toISOString(),
    });
  }

  recordError(event: SendErrorEvent): void {
    this.push(this.attempts, {
      provider: event.provider,
      attempt: event.attempt,
      operation: event.operation,
      outcome: 'failed',
      code: event.error.code,
      willFailover: event.willFailover,
      at: new Date().toISOString(),
    });
  }

  recordDeliveryReport(report: DeliveryReport): void {
    this.push(this.webhookEvents, {
      type: 'delivery-report',
      provider: report.provider,
      report,
      at: new Date().toISOString(),
    });
  }

  recordInbound(message: InboundMessage): void {
    this.push(this.webhookEvents, {
      type: 'inbound',
      provider: message.provider,
      message,
      at: new Date().toISOString(),
    });
  }

  private push<Item>(list: Item[], item: Item): void {
    list.push(item);
    if (list.length > DemoActivity.LIMIT) list.splice(0, list.length - DemoActivity.LIMIT);
  }
}
