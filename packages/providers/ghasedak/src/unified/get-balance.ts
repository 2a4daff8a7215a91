import type { Balance, CallOptions } from '@sms/core';
import { postAccountInfo } from '../native/create-account-api';
import type { GhasedakContext } from '../native/ghasedak-context';

/** `getBalance`: `account/info`; Ghasedak counts credit in Rials. */
export async function getBalance(context: GhasedakContext, options: CallOptions = {}): Promise<Balance> {
  const info = await postAccountInfo(context.transport, options);
  const balance: Balance = { provider: context.provider, amount: info.balance, currency: 'IRR', raw: info.raw };
  if (info.expiresAt !== undefined) balance.expiresAt = info.expiresAt;
  return balance;
}
