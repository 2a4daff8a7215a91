import { describe, expect, it } from 'vitest';
import { fixture, fixtureAnswer, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('getBalance', () => {
  it('reads account/info in Rials with the expiry', async () => {
    mock.reply('account/info', fixtureAnswer('account-info.json'));
    const balance = await mock.provider.getBalance();
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/account/info",
        },
      ]
    `);
    expect(balance).toEqual({
      provider: 'ghasedak',
      amount: 8880,
      currency: 'IRR',
      expiresAt: new Date(2_524_608_000_000),
      raw: fixture('account-info.json'),
    });
  });
});
