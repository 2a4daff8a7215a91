import type { ProviderName } from '../provider-name';
import type { FaultKind } from './fault-kind';

export interface FaultOptions {
  provider: ProviderName;
  /** One endpoint, relative to the provider's base URL: `v2/sms/send/simple`, `messages/send`, `v1/send`. */
  path?: string;
  kind: FaultKind;
  /** How many requests it hits; default 1. */
  times?: number;
  /** For `slow`: how long the answer waits; default 2000 ms. */
  delayMs?: number;
}
