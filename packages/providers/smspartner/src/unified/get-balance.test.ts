import { describe, expect, it } from 'vitest';
import meAnswer from '../__fixtures__/me.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('getBalance (unified)', () => {
  const { recorder, provider, answer, answerMe } = useMockSmsPartner();

  it('reads credits.balance (a string) and the currency from v1/me', async () => {
    answerMe();
    const balance = await provider().getBalance();
    expect(balance).toEqual({ provider: 'smspartner', amount: 10225.119, currency: 'EUR', raw: meAnswer });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/me",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
          },
        },
      ]
    `);
  });

  it('reads the older solde field, and fails with BAD_RESPONSE when there is no amount', async () => {
    answer('GET', '/v1/me', { success: true, code: 200, credits: { creditSmsLowCost: 10, solde: '12,50' } });
    answer('GET', '/v1/me', { success: true, code: 200, credits: {} });
    const partner = provider();
    await expect(partner.getBalance()).resolves.toMatchObject({ amount: 12.5 });
    await expect(partner.getBalance()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('reads a balance sent as a number, and a French decimal comma after grouped thousands', async () => {
    answer('GET', '/v1/me', { success: true, code: 200, credits: { balance: 42.5 } });
    answer('GET', '/v1/me', { success: true, code: 200, credits: { balance: '1 234,50', currency: 'EUR' } });
    const partner = provider();
    await expect(partner.getBalance()).resolves.toMatchObject({ amount: 42.5 });
    await expect(partner.getBalance()).resolves.toMatchObject({ amount: 1234.5, currency: 'EUR' });
  });
});
