import { describe, expect, it } from 'vitest';
import balanceAnswer from '../__fixtures__/balance-answer.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replyBalance,
  replyToken,
  useRecorder,
} from '../test-support/mock-sms-afzar';

describe('getBalance', () => {
  const recorder = useRecorder();

  it('reads account/balance: "1,250,000" ریال is 1250000 IRR', async () => {
    replyBalance(recorder);
    const balance = await apiKeyProvider(recorder).getBalance();
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "cache-control": "no-cache",
            "x-api-key": "[apiKey]",
          },
          "method": "GET",
          "path": "/account/balance",
        },
      ]
    `);
    expect(balance).toEqual({ provider: 'smsafzar', amount: 1_250_000, currency: 'IRR', raw: balanceAnswer });
  });

  it('reads a numeric credit and keeps another unit as given', async () => {
    recorder.reply('GET', '/account/balance', { json: { credit: 125000, unit: 'تومان' } });
    expect(await apiKeyProvider(recorder).getBalance()).toMatchObject({ amount: 125000, currency: 'تومان' });
  });

  it('refuses a balance answer without a credit', async () => {
    recorder.reply('GET', '/account/balance', { json: { unit: 'ریال' } });
    expect((await caught(() => apiKeyProvider(recorder).getBalance())).code).toBe('BAD_RESPONSE');
  });

  it('uses a bearer token for the balance in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replyBalance(recorder);
    await jwtProvider(recorder).getBalance();
    expect(recorder.requests[1]!.headers['authorization']).toBe('Bearer [token]');
  });
});
