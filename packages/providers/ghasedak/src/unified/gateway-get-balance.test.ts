import { describe, expect, it } from 'vitest';
import { gatewayFixture, gatewayFixtureAnswer, useMockGhasedakGateway } from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('getBalance on the gateway', () => {
  it('reads credit in Rials and the plan expiry from GetAccountInformation', async () => {
    mock.reply('GetAccountInformation', gatewayFixtureAnswer('account-information.json'), { method: 'GET' });
    expect(await mock.provider.getBalance()).toEqual({
      provider: 'ghasedak',
      amount: 9_135_538,
      currency: 'IRR',
      expiresAt: new Date('2024-07-16T07:18:21Z'),
      raw: gatewayFixture('account-information.json'),
    });
  });
});
