import type { ProviderName } from './provider-name';
import { PROVIDER_NAMES } from './provider-name';

/**
 * An HTTP API the simulator serves, each under `/<name>`: one per provider, plus Ghasedak's gateway
 * (`ghasedak-gateway`), which belongs to the `ghasedak` account but is its own host with its own faults and limits.
 */
export type ApiName = ProviderName | 'ghasedak-gateway';

export const API_NAMES: readonly ApiName[] = [...PROVIDER_NAMES, 'ghasedak-gateway'];
