import { describe, expect, it } from 'vitest';
import {
  failed,
  fixture,
  fixtureAnswer,
  succeeded,
  successAnswer,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('account.info', () => {
  it('posts account/info with an empty form and reads balance and expiry', async () => {
    mock.reply('account/info', fixtureAnswer('account-info.json'));
    const info = await mock.provider.native.account.info();
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
    expect(mock.recorder.requests[0]!.wire.body).toBe('');
    expect(info).toEqual({ balance: 8880, expiresAt: new Date(2_524_608_000_000), raw: fixture('account-info.json') });
  });
});

describe('account.info answers', () => {
  it('maps a balance that is not a number to BAD_RESPONSE', async () => {
    mock.reply('account/info', successAnswer({ balance: 'a lot' }));
    const error = await mock.provider.native.account.info().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('accepts a balance sent as a string with separators', async () => {
    mock.reply('account/info', successAnswer({ balance: '1,250,000', expire: '2524608000' }));
    expect((await mock.provider.native.account.info()).balance).toBe(1_250_000);
  });

  it('accepts a balance written in Persian digits with the Persian thousands separator', async () => {
    mock.reply('account/info', successAnswer({ balance: '۱٬۲۵۰٬۰۰۰' }));
    expect((await mock.provider.native.account.info()).balance).toBe(1_250_000);
  });
});
