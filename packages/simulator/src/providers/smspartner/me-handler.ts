import { smspartnerAnswer } from './smspartner-envelope';
import type { SmspartnerHandler } from './smspartner-handler';
import { SMSPARTNER_PRICE_PER_SMS } from './smspartner-status-text';

// The Low Cost ("ECO") range is cheaper; the simulator charges every send at the Premium price.
const ECO_PRICE_PER_SMS = 0.028;

/** `v1/me`: the account and its credits; `balance` is a string, as in the docs. */
export const handleMe: SmspartnerHandler = ({ context, format }) => {
  const balance = context.balances.get('smspartner');
  const toSend = context.store.all('smspartner').filter((record) => record.message.status === 'scheduled').length;
  return smspartnerAnswer(
    200,
    {
      success: true,
      code: 200,
      user: { username: 'simulator@example.com', firstname: 'SMS', lastname: 'Simulator' },
      credits: {
        creditSms: Math.floor(balance / SMSPARTNER_PRICE_PER_SMS),
        creditSmsECO: Math.floor(balance / ECO_PRICE_PER_SMS),
        creditHlr: 0,
        toSend,
        balance: balance.toFixed(3),
        currency: 'EUR',
      },
    },
    format,
  );
};
