import type { SimulatorOptions } from '../simulator-options';
import { checkGhasedakGatewayOptions } from '../providers/ghasedak-gateway/ghasedak-gateway-settings';
import { checkRateLimits } from '../rate-limits/check-rate-limits';
import { DEFAULT_SETTINGS } from './default-settings';
import { readStringList } from './read-string-list';
import type { SimulatorSettings } from './simulator-settings';

function checkNonNegative(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
    throw new RangeError(`startSimulator: ${name} must be a non-negative number; got ${String(value)}.`);
  }
}

/** Options merged over the defaults, checked before anything listens. */
export function resolveSettings(options: SimulatorOptions = {}): SimulatorSettings {
  checkNonNegative(options.port, 'port');
  checkNonNegative(options.tokenLifetimeMs, 'tokenLifetimeMs');
  if (options.deliveryDelayMs !== null) checkNonNegative(options.deliveryDelayMs, 'deliveryDelayMs');
  if (options.clock !== undefined && options.clock !== 'real' && options.clock !== 'manual') {
    throw new TypeError(`startSimulator: clock must be 'real' or 'manual'; got ${String(options.clock)}.`);
  }
  const defaults = DEFAULT_SETTINGS;
  const allowedIps = options.smsafzarAccess?.allowedIps ?? defaults.smsafzarAccess.allowedIps;
  return {
    port: options.port ?? defaults.port,
    host: options.host ?? defaults.host,
    apiKeys: {
      ghasedak: readStringList(options.apiKeys?.ghasedak ?? defaults.apiKeys.ghasedak, 'apiKeys.ghasedak'),
      smsafzar: readStringList(options.apiKeys?.smsafzar ?? defaults.apiKeys.smsafzar, 'apiKeys.smsafzar'),
      smspartner: readStringList(options.apiKeys?.smspartner ?? defaults.apiKeys.smspartner, 'apiKeys.smspartner'),
    },
    smsafzarAccounts: options.smsafzarAccounts ?? defaults.smsafzarAccounts,
    templates: {
      ghasedak: options.templates?.ghasedak ?? defaults.templates.ghasedak,
      ghasedakGateway: options.templates?.ghasedakGateway ?? defaults.templates.ghasedakGateway,
      smsafzar: options.templates?.smsafzar ?? defaults.templates.smsafzar,
    },
    balance: {
      ghasedak: options.balance?.ghasedak ?? defaults.balance.ghasedak,
      smsafzar: options.balance?.smsafzar ?? defaults.balance.smsafzar,
      smspartner: options.balance?.smspartner ?? defaults.balance.smspartner,
    },
    clock: options.clock ?? defaults.clock,
    deliveryDelayMs: options.deliveryDelayMs === undefined ? defaults.deliveryDelayMs : options.deliveryDelayMs,
    tokenLifetimeMs: options.tokenLifetimeMs ?? defaults.tokenLifetimeMs,
    lines: defaults.lines,
    blacklist: {
      ghasedak: readStringList(options.blacklist?.ghasedak ?? defaults.blacklist.ghasedak, 'blacklist.ghasedak'),
    },
    smsafzarAccess: {
      deniedMethods: readStringList(
        options.smsafzarAccess?.deniedMethods ?? defaults.smsafzarAccess.deniedMethods,
        'smsafzarAccess.deniedMethods',
      ),
      allowedIps: allowedIps === undefined ? undefined : readStringList(allowedIps, 'smsafzarAccess.allowedIps'),
    },
    ghasedakGateway: checkGhasedakGatewayOptions(options.ghasedakGateway),
    rateLimits: checkRateLimits(options.rateLimits),
  };
}
