import { describe, expect, it } from 'vitest';
import { fixture, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('getBalance', () => {
  it('reads account/info in Rials with the expiry', async () => {
    mock.reply('account/info', { body: fixture('account-info.json') });
    expect(await mock.provider.getBalance()).toEqual({
      provider: 'ghasedak',
      amount: 8880,
      currency: 'IRR',
      expiresAt: new Date(2_524_608_000_000),
      raw: fixture('account-info.json'),
    });
  });
});
