import type { SmsAfzarAccountApi } from './account-api-types';
import { getAccountBalance } from './get-account-balance';
import type { SmsAfzarContext } from './sms-afzar-context';

/** `native.account`. */
export function createAccountApi(context: SmsAfzarContext): SmsAfzarAccountApi {
  const { transport } = context;
  return { balance: (options) => getAccountBalance(transport, options) };
}
