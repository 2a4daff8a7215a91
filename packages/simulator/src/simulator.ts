import type { SimulatorClock } from './clock/simulator-clock';
import type { FaultOptions } from './faults/fault-options';
import type { ApiName } from './api-name';
import type { ProviderName } from './provider-name';
import type { RateLimitLog } from './rate-limits/simulator-rate-limit';
import type { SimulatedInboundMessage } from './simulated-inbound-message';
import type { SimulatedMessage } from './simulated-message';
import type { WebhookCall } from './webhooks/webhook-call';

export interface SimulatorCredentials {
  /** The key for both Ghasedak APIs (header `apikey` for v2, `ApiKey` for the gateway). */
  ghasedak: { apiKey: string };
  smsafzar: { apiKey: string; userName: string; password: string; domain: string };
  smspartner: { apiKey: string };
}

export interface ReceiveInput {
  provider: ProviderName;
  /** The number the reply comes from. */
  from: string;
  /** The account's number it is sent to; default: the first line (Ghasedak, SMSAfzar), 36180 (SMS Partner). */
  to?: string;
  text: string;
}

/** A running simulator. Every method is synchronous except `close`. */
export interface Simulator {
  /** `http://127.0.0.1:PORT`; the inbox page is served at this address. */
  readonly url: string;
  /**
   * Each stands for the provider's real base URL (`https://api.ghasedak.me`, `https://api.smsafzar.ir`,
   * `https://api.smspartner.fr`); `ghasedakGateway` (`${url}/ghasedak-gateway/rest/api/v1/WebService/`) for
   * `https://gateway.ghasedak.me/rest/api/v1/WebService/`, with the trailing slash.
   */
  readonly baseUrls: { ghasedak: string; ghasedakGateway: string; smsafzar: string; smspartner: string };
  readonly credentials: SimulatorCredentials;
  readonly clock: SimulatorClock;
  /** Every message recorded, oldest first (one per recipient). */
  messages(filter?: { provider?: ProviderName }): SimulatedMessage[];
  /** Every inbound message (replies), oldest first. */
  inbound(filter?: { provider?: ProviderName }): SimulatedInboundMessage[];
  /** Every webhook call made so far (SMS Partner delivery receipts and replies). */
  webhooks(): WebhookCall[];
  /** Marks the sent message(s) with this provider id delivered; `recipient` picks one of an SMS Partner send. */
  deliver(id: string, recipient?: string): SimulatedMessage[];
  /** Marks the sent message(s) with this provider id failed. */
  fail(id: string, recipient?: string): SimulatedMessage[];
  /** Records an inbound message; for SMS Partner, posts it (or STOP) to the `urlResponse` of the last send to `from`. */
  receive(input: ReceiveInput): SimulatedInboundMessage;
  /** The current credit of an account (Rials for Ghasedak and SMSAfzar, EUR for SMS Partner). */
  balance(provider: ProviderName): number;
  fault(options: FaultOptions): void;
  /** The requests an API with a `rateLimits` entry received, accepted and refused (429), with their times. */
  rateLimitLog(provider: ApiName): RateLimitLog;
  clearFaults(): void;
  /** Forgets messages, inbound messages, faults, contact groups, the stop list and webhook calls; restores balances. */
  reset(): void;
  close(): Promise<void>;
}
