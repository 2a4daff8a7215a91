import type { ClockKind } from '../clock/simulator-clock';
import type { ApiName } from '../api-name';
import type { GhasedakGatewaySettings } from '../providers/ghasedak-gateway/ghasedak-gateway-settings';
import type { SimulatorRateLimit } from '../rate-limits/simulator-rate-limit';

export interface SimulatorSettings {
  port: number;
  host: string;
  apiKeys: { ghasedak: string[]; smsafzar: string[]; smspartner: string[] };
  smsafzarAccounts: { userName: string; password: string; domain: string }[];
  templates: {
    ghasedak: Record<string, { text: string }>;
    ghasedakGateway: Record<string, { text: string }>;
    smsafzar: Record<string, { text: string; parameters: string[] }>;
  };
  balance: { ghasedak: number; smsafzar: number; smspartner: number };
  clock: ClockKind;
  deliveryDelayMs: number | null;
  tokenLifetimeMs: number;
  lines: { ghasedak: string[]; smsafzar: string[] };
  blacklist: { ghasedak: string[] };
  smsafzarAccess: { deniedMethods: string[]; allowedIps: string[] | undefined };
  ghasedakGateway: GhasedakGatewaySettings;
  rateLimits: Partial<Record<ApiName, SimulatorRateLimit>>;
}
