import type { DeliveryStatus } from '@sms/core';

/** What the demo needs to create each provider; read by SmsModule.forRootAsync through ConfigService. */
export interface DemoProviderSettings {
  ghasedak?: { apiKey: string; baseUrl?: string; lineNumber?: string };
  smsafzar?: {
    apiKey: string;
    baseUrl?: string;
    senderNumber?: string;
    messageStatusMap?: Readonly<Record<number, DeliveryStatus>>;
  };
  smspartner?: { apiKey: string; baseUrl?: string; sender?: string; urlDlr?: string; urlResponse?: string };
}

export const PROVIDER_IDS = ['ghasedak', 'smsafzar', 'smspartner'] as const;
export type DemoProviderId = (typeof PROVIDER_IDS)[number];
