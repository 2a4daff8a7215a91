import { describe, expect, it } from 'vitest';
import { expectCall, failed, fixture, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();


describe('verification.send', () => {
  it('posts the template, type 1 and param1…paramN, with numbers abroad as +<country code>', async () => {
    mock.reply('verification/send/simple', { body: fixture('verification.json') });
    const response = await mock.provider.native.verification.send({
      receptors: ['09111111111', '+33 4 56 35 17 53'],
      template: 'test1',
      params: ['testparam', '1234'],
      checkId: '77',
    });
    expectCall(mock, 0, 'POST', 'verification/send/simple', 'receptor=09111111111%2C%2B33456351753&type=1&template=test1&checkid=77&param1=testparam&param2=1234');
    expect(response.messageIds).toEqual(['2581100787', '2581100788']);
  });

  it('sends type 2 for a voice call and takes ten parameters', async () => {
    mock.reply('verification/send/simple', { body: fixture('send-simple.json') });
    const params = Array.from({ length: 10 }, (_, index) => `v${index + 1}`);
    await mock.provider.native.verification.send({ receptors: ['09111111111'], template: 'otp', params, type: 'voice' });
    expect(mock.calls()[0]?.form).toEqual({
      receptor: '09111111111',
      type: '2',
      template: 'otp',
      ...Object.fromEntries(params.map((value, index) => [`param${index + 1}`, value])),
    });
  });

  it('refuses 11 parameters, none at all and an empty one before any request', async () => {
    for (const params of [Array.from({ length: 11 }, () => 'x'), [], ['ok', '']]) {
      const error = await mock.provider.native.verification.send({ receptors: ['09111111111'], template: 'otp', params }).then(succeeded, failed);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.outcome).toBe('not-sent');
    }
    expect(mock.calls()).toHaveLength(0);
  });
});
