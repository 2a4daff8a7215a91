import type { Balance, CallOptions } from '@sms/core';
import { getAccountBalance } from '../native/create-account-api';
import type { SmsAfzarContext } from '../native/sms-afzar-context';

// Persian "Rial" is written with the Persian or the Arabic yeh.
const RIAL = /^(ر[یي]ال|rials?|irr)$/i;

/** The account credit from `account/balance`: Rials are reported as `IRR`, any other unit as SMSAfzar names it. */
export async function getBalance(context: SmsAfzarContext, options?: CallOptions): Promise<Balance> {
  const answer = await getAccountBalance(context.transport, options);
  const unit = answer.unit?.trim();
  return {
    provider: context.provider,
    amount: answer.credit,
    currency: unit === undefined || unit === '' || RIAL.test(unit) ? 'IRR' : unit,
    raw: answer.raw,
  };
}
