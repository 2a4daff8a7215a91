import type { CallOptions } from '@sms/core';
import { readNumber, readString } from '@sms/core/provider-utils';
import type { SmsAfzarTransport } from '../sms-afzar-transport';
import type { SmsAfzarAccountApi, SmsAfzarBalanceAnswer } from './account-api-types';
import { readAnswer } from './read-answer';
import type { SmsAfzarContext } from './sms-afzar-context';

/** `GET account/balance` → `{ credit: "1,250,000", unit: "ریال" }`, credit read as a number. */
export async function getAccountBalance(
  transport: SmsAfzarTransport,
  options?: CallOptions,
): Promise<SmsAfzarBalanceAnswer> {
  const response = await transport.call({ method: 'GET', path: 'account/balance' }, options);
  const object = readAnswer(transport.http, response);
  const credit = readNumber(object, 'credit', 'balance', 'amount');
  if (credit === undefined) {
    throw transport.http.error(`${transport.provider} answered account/balance without a readable credit.`, {
      code: 'BAD_RESPONSE',
      outcome: 'not-sent',
      response,
    });
  }
  const answer: SmsAfzarBalanceAnswer = { credit, raw: object };
  const unit = readString(object, 'unit', 'currency');
  if (unit !== undefined) answer.unit = unit;
  return answer;
}

/** `native.account`. */
export function createAccountApi(context: SmsAfzarContext): SmsAfzarAccountApi {
  const { transport } = context;
  return { balance: (options) => getAccountBalance(transport, options) };
}
