import { describe, expect, it } from 'vitest';
import { failed, fixtureAnswer, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('verification.send', () => {
  it('posts the template, type 1 and param1…paramN, with numbers abroad as +<country code>', async () => {
    mock.reply('verification/send/simple', fixtureAnswer('verification.json'));
    const response = await mock.provider.native.verification.send({
      receptors: ['09111111111', '+33 4 56 35 17 53'],
      template: 'test1',
      params: ['testparam', '1234'],
      checkId: '77',
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "checkid": "77",
            "param1": "testparam",
            "param2": "1234",
            "receptor": "09111111111,+33456351753",
            "template": "test1",
            "type": "1",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/verification/send/simple",
        },
      ]
    `);
    expect(mock.recorder.requests[0]!.wire.body).toBe(
      'receptor=09111111111%2C%2B33456351753&type=1&template=test1&checkid=77&param1=testparam&param2=1234',
    );
    expect(response.messageIds).toEqual(['2581100787', '2581100788']);
  });

  it('sends type 2 for a voice call and takes ten parameters', async () => {
    mock.reply('verification/send/simple', fixtureAnswer('send-simple.json'));
    const params = Array.from({ length: 10 }, (_, index) => `v${index + 1}`);
    await mock.provider.native.verification.send({
      receptors: ['09111111111'],
      template: 'otp',
      params,
      type: 'voice',
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "param1": "v1",
            "param10": "v10",
            "param2": "v2",
            "param3": "v3",
            "param4": "v4",
            "param5": "v5",
            "param6": "v6",
            "param7": "v7",
            "param8": "v8",
            "param9": "v9",
            "receptor": "09111111111",
            "template": "otp",
            "type": "2",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/verification/send/simple",
        },
      ]
    `);
  });

  it('refuses 11 parameters, none at all and an empty one before any request', async () => {
    for (const params of [Array.from({ length: 11 }, () => 'x'), [], ['ok', '']]) {
      const error = await mock.provider.native.verification
        .send({ receptors: ['09111111111'], template: 'otp', params })
        .then(succeeded, failed);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.outcome).toBe('not-sent');
    }
    expect(mock.recorder.requests).toEqual([]);
  });
});
