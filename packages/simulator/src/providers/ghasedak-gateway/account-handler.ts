import { gatewayDateOfAccountExpiry } from './account-expiry';
import { gatewaySuccess } from './gateway-envelope';
import type { GatewayHandler } from './gateway-handler';

/** `GetAccountInformation`: the credit in Rials (the balance v2 reports too), the plan's expiry and its name. */
export const handleAccountInformation: GatewayHandler = ({ context }) =>
  gatewaySuccess({
    credit: Math.floor(context.balances.get('ghasedak')),
    expireDate: gatewayDateOfAccountExpiry(),
    // "Silver", the plan of the documented example.
    plan: 'نقره ای',
  });
