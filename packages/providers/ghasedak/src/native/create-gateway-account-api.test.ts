import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  gatewayErrorAnswer,
  gatewayFixture,
  gatewayFixtureAnswer,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('account.information', () => {
  it('gets GetAccountInformation without parameters and reads credit, expiry and plan', async () => {
    mock.reply('GetAccountInformation', gatewayFixtureAnswer('account-information.json'), { method: 'GET' });
    const information = await mock.provider.native.account.information();
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/rest/api/v1/WebService/GetAccountInformation",
        },
      ]
    `);
    expect(information).toEqual({
      credit: 9_135_538,
      expireDate: new Date('2024-07-16T07:18:21Z'),
      plan: 'نقره ای',
      raw: gatewayFixture('account-information.json'),
    });
  });

  it('maps data without a numeric credit to BAD_RESPONSE', async () => {
    mock.reply('GetAccountInformation', gatewaySuccessAnswer({ credit: 'plenty' }), { method: 'GET' });
    const error = await mock.provider.native.account.information().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('maps success with data null (a failure the PHP SDK also refuses) to BAD_RESPONSE', async () => {
    mock.reply('GetAccountInformation', gatewaySuccessAnswer(null), { method: 'GET' });
    const error = await mock.provider.native.account.information().then(succeeded, failed);
    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('maps a 401 envelope to AUTHENTICATION', async () => {
    mock.reply('GetAccountInformation', gatewayErrorAnswer(401, 401), { method: 'GET' });
    const error = await mock.provider.native.account.information().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', providerCode: 401, retryable: false });
  });
});
