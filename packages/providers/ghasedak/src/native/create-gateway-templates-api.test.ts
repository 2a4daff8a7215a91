import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  gatewayErrorAnswer,
  gatewayFixtureAnswer,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('templates.parameters', () => {
  it('gets GetOtpTemplateParameters with TemplateName and reads params and message', async () => {
    mock.reply('GetOtpTemplateParameters', gatewayFixtureAnswer('otp-template-parameters.json'), { method: 'GET' });
    const template = await mock.provider.native.templates.parameters('newOTP');
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/rest/api/v1/WebService/GetOtpTemplateParameters",
          "query": {
            "TemplateName": "newOTP",
          },
        },
      ]
    `);
    expect(template).toMatchObject({ params: ['Code', 'Name'], message: '%Name% عزیز، کد شما %Code%' });
  });

  it('maps a 428 envelope (unknown template) to TEMPLATE', async () => {
    mock.reply('GetOtpTemplateParameters', gatewayErrorAnswer(428), { method: 'GET' });
    const error = await mock.provider.native.templates.parameters('nope').then(succeeded, failed);
    expect(error).toMatchObject({ code: 'TEMPLATE', outcome: 'not-sent', providerCode: 428 });
  });

  it('maps params that are not a list of names to BAD_RESPONSE', async () => {
    mock.reply('GetOtpTemplateParameters', gatewaySuccessAnswer({ params: 'Code' }), { method: 'GET' });
    const error = await mock.provider.native.templates.parameters('newOTP').then(succeeded, failed);
    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('refuses an empty template name before any request', async () => {
    const error = await mock.provider.native.templates.parameters('').then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
  });
});
