import type { ApiName } from '../api-name';
import type { FaultKind } from './fault-kind';

export interface FaultOptions {
  /** The API hit: a provider name, or `ghasedak-gateway` for Ghasedak's gateway API (v2 faults do not touch it). */
  provider: ApiName;
  /**
   * One endpoint, relative to the API's base URL: `v2/sms/send/simple`, `SendSingleSMS` (matched without regard
   * to case), `messages/send`, `v1/send`.
   */
  path?: string;
  kind: FaultKind;
  /** How many requests it hits; default 1. */
  times?: number;
  /** For `slow`: how long the answer waits; default 2000 ms. */
  delayMs?: number;
}
