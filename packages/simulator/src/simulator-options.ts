import type { ClockKind } from './clock/simulator-clock';
import type { GhasedakGatewayOptions } from './providers/ghasedak-gateway/ghasedak-gateway-settings';
import type { SimulatorRateLimit } from './rate-limits/simulator-rate-limit';

export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /**
   * Accepted API keys per provider: a list, or one key as a string (matched whole, never in part). The
   * `ghasedak` keys open both Ghasedak APIs, v2 and the gateway (one account).
   */
  apiKeys?: { ghasedak?: string | string[]; smsafzar?: string | string[]; smspartner?: string | string[] };
  /** Accounts that may get a JWT from SMSAfzar `auth/token`. */
  smsafzarAccounts?: { userName: string; password: string; domain: string }[];
  templates?: {
    /** Ghasedak verification templates; the text uses %param1%..%param10%. */
    ghasedak?: Record<string, { text: string }>;
    /**
     * Ghasedak gateway templates with named inputs (`SendOtpSMS`); the text uses %Name% for each input. The
     * gateway also sends the `ghasedak` templates (their inputs are named param1..param10).
     */
    ghasedakGateway?: Record<string, { text: string }>;
    /** SMSAfzar templates; the text uses {name} for each parameter. */
    smsafzar?: Record<string, { text: string; parameters: string[] }>;
  };
  /** Starting balances: Ghasedak and SMSAfzar in Rials, SMS Partner in EUR. */
  balance?: { ghasedak?: number; smsafzar?: number; smspartner?: number };
  /** 'real' (default) or 'manual' (moved with `simulator.clock.advance(ms)` / `set(date)`). */
  clock?: ClockKind;
  /** A sent message turns delivered after this many ms (default 1000); null: only on `deliver(id)`. */
  deliveryDelayMs?: number | null;
  /** Lifetime of SMSAfzar JWTs, default one hour. */
  tokenLifetimeMs?: number;
  /** Ghasedak recipients on the blacklist: sends to them end with status 27. */
  blacklist?: { ghasedak?: string | string[] };
  /** SMSAfzar account restrictions, to provoke 403/1005 (method not granted) and 403/1006 (caller IP). */
  smsafzarAccess?: { deniedMethods?: string | string[]; allowedIps?: string | string[] };
  /**
   * A request rate limit per provider: requests past it get the provider's own 429 answer with `Retry-After`
   * (nothing recorded). Read what was accepted and refused with `simulator.rateLimitLog(provider)`.
   */
  rateLimits?: {
    ghasedak?: SimulatorRateLimit;
    /** Ghasedak's gateway API, limited apart from v2 (another host). */
    'ghasedak-gateway'?: SimulatorRateLimit;
    smsafzar?: SimulatorRateLimit;
    smspartner?: SimulatorRateLimit;
  };
  /** Choices for Ghasedak's gateway API where its sources disagree or are silent. */
  ghasedakGateway?: GhasedakGatewayOptions;
}
