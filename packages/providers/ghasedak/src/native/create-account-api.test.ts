import { describe, expect, it } from 'vitest';
import { expectCall, failed, fixture, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();


describe('account.info', () => {
  it('posts account/info with an empty form and reads balance and expiry', async () => {
    mock.reply('account/info', { body: fixture('account-info.json') });
    const info = await mock.provider.native.account.info();
    expectCall(mock, 0, 'POST', 'account/info', '');
    expect(info).toEqual({ balance: 8880, expiresAt: new Date(2_524_608_000_000), raw: fixture('account-info.json') });
  });
});

describe('account.info answers', () => {
  it('maps a balance that is not a number to BAD_RESPONSE', async () => {
    mock.reply('account/info', { body: { result: { code: 200, message: 'success' }, items: { balance: 'a lot' } } });
    const error = await mock.provider.native.account.info().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('accepts a balance sent as a string with separators', async () => {
    mock.reply('account/info', { body: { result: { code: 200, message: 'success' }, items: { balance: '1,250,000', expire: '2524608000' } } });
    expect((await mock.provider.native.account.info()).balance).toBe(1_250_000);
  });
});
