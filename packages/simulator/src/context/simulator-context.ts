import type { ClockController } from '../clock/create-clock';
import type { SimulatorSettings } from '../settings/simulator-settings';
import type { BalanceBook } from '../store/balance-book';
import type { IdSequence } from '../store/id-sequence';
import type { InboundStore } from '../store/inbound-store';
import type { MessageStore } from '../store/message-store';
import type { WebhookSender } from '../webhooks/create-webhook-sender';

/** What every provider API shares: settings, time, the records and the webhook sender. */
export interface SimulatorContext {
  settings: SimulatorSettings;
  controller: ClockController;
  store: MessageStore;
  inbound: InboundStore;
  balances: BalanceBook;
  webhooks: WebhookSender;
  ids: { ghasedak: IdSequence; smspartner: IdSequence };
}
