import type { Balance, CallOptions } from '@sms/core';
import type { SmsPartnerContext } from './sms-partner-context';

function amountOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  // The balance arrives as a string ("10225.119"); a decimal comma is read too.
  const text = value.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** The unified balance: money left on the account, from `v1/me` (`credits.balance`, or the older `solde`). */
export async function getBalance(context: SmsPartnerContext, options?: CallOptions): Promise<Balance> {
  const answer = await context.native.me(options);
  const credits = answer.credits;
  const amount = amountOf(credits?.balance) ?? amountOf(credits?.solde);
  if (amount === undefined) {
    throw context.transport.http.error('SMS Partner answered v1/me without a readable credits.balance; the balance is unknown.', {
      code: 'BAD_RESPONSE',
      outcome: 'not-sent',
      responseBody: answer,
    });
  }
  const balance: Balance = { provider: context.id, amount, raw: answer };
  if (typeof credits?.currency === 'string' && credits.currency !== '') balance.currency = credits.currency;
  return balance;
}
