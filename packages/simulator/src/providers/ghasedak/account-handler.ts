import { ghasedakSuccess } from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';

// The seed's example account expires at 2050-01-01 (Unix seconds, as a string).
const ACCOUNT_EXPIRY = '2524608000';

/** `account/info`: the remaining credit in Rials and the account's expiry. */
export const handleAccountInfo: GhasedakHandler = ({ context }) =>
  ghasedakSuccess({ balance: context.balances.get('ghasedak'), expire: ACCOUNT_EXPIRY });
