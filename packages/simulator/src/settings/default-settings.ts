import { DEFAULT_GHASEDAK_GATEWAY_SETTINGS } from '../providers/ghasedak-gateway/ghasedak-gateway-settings';
import type { SimulatorSettings } from './simulator-settings';

export const DEFAULT_SETTINGS: SimulatorSettings = {
  port: 0,
  host: '127.0.0.1',
  apiKeys: { ghasedak: ['ghasedak-test-key'], smsafzar: ['smsafzar-test-key'], smspartner: ['smspartner-test-key'] },
  smsafzarAccounts: [{ userName: 'smsafzar-user', password: 'smsafzar-password', domain: 'sms.smsafzar' }],
  templates: {
    ghasedak: { otp: { text: 'Your verification code is %param1%' } },
    ghasedakGateway: { newOTP: { text: 'Your verification code is %Code%' } },
    smsafzar: { TydSt1skQE: { text: 'Your code is {code}', parameters: ['code'] } },
  },
  balance: { ghasedak: 1_000_000, smsafzar: 1_000_000, smspartner: 100 },
  clock: 'real',
  deliveryDelayMs: 1000,
  tokenLifetimeMs: 3_600_000,
  lines: { ghasedak: ['10008566', '30005088'], smsafzar: ['10001000', '30001000'] },
  blacklist: { ghasedak: [] },
  smsafzarAccess: { deniedMethods: [], allowedIps: undefined },
  ghasedakGateway: DEFAULT_GHASEDAK_GATEWAY_SETTINGS,
  rateLimits: {},
};
