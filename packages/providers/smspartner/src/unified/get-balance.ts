import type { Balance, CallOptions } from '@sms/core';
import { readNumber, readString } from '@sms/core/provider-utils';
import type { SmsPartnerUnifiedContext } from './sms-partner-unified-context';

// The balance arrives as a string ("10225.119"). A French comma is a decimal comma ("12,50"), where the
// shared reader would take it for a thousands separator.
function amountOf(value: unknown): number | undefined {
  return readNumber(typeof value === 'string' ? value.replace(',', '.') : value);
}

/** The unified balance: money left on the account, from `v1/me` (`credits.balance`, or the older `solde`). */
export async function getBalance(context: SmsPartnerUnifiedContext, options?: CallOptions): Promise<Balance> {
  const answer = await context.native.me(options);
  const credits = answer.credits;
  const amount = amountOf(credits?.balance) ?? amountOf(credits?.solde);
  if (amount === undefined) {
    throw context.transport.http.error(
      'SMS Partner answered v1/me without a readable credits.balance; the balance is unknown.',
      {
        code: 'BAD_RESPONSE',
        outcome: 'not-sent',
        responseBody: answer,
      },
    );
  }
  const balance: Balance = { provider: context.id, amount, raw: answer };
  const currency = readString(credits, 'currency');
  if (currency !== undefined && currency !== '') balance.currency = currency;
  return balance;
}
