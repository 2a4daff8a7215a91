import type { Balance, CallOptions } from '@sms/core';
import { getAccountInformation } from '../native/create-gateway-account-api';
import type { GhasedakGatewayContext } from '../native/gateway-context';

/** `getBalance` on the gateway: `GetAccountInformation`; `credit` is in Rials. */
export async function gatewayGetBalance(context: GhasedakGatewayContext, options: CallOptions = {}): Promise<Balance> {
  const information = await getAccountInformation(context.transport, options);
  const balance: Balance = {
    provider: context.provider,
    amount: information.credit,
    currency: 'IRR',
    raw: information.raw,
  };
  if (information.expireDate !== undefined) balance.expiresAt = information.expireDate;
  return balance;
}
