import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMockGhasedak, failed, fixture, TEST_API_KEY, succeeded, type MockGhasedak } from '../test-support/mock-ghasedak';

let mock: MockGhasedak;
beforeEach(() => {
  mock = createMockGhasedak();
});
afterEach(async () => {
  await mock.close();
});

function expectCall(index: number, method: 'GET' | 'POST', path: string, body: string | undefined, query: Record<string, string> = {}): void {
  const call = mock.calls()[index];
  expect(call?.method).toBe(method);
  expect(call?.path).toBe(`/v2/${path}`);
  expect(call?.headers.apikey).toBe(TEST_API_KEY);
  expect(call?.query).toEqual(query);
  if (method === 'POST') expect(call?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  else expect(call?.headers['content-type']).toBeUndefined();
  expect(call?.body).toBe(body);
}

describe('verification.send', () => {
  it('posts the template, type 1 and param1…paramN, with numbers abroad as +<country code>', async () => {
    mock.reply('verification/send/simple', { body: fixture('verification.json') });
    const response = await mock.provider.verification.send({
      receptors: ['09111111111', '+33 4 56 35 17 53'],
      template: 'test1',
      params: ['testparam', '1234'],
      checkId: '77',
    });
    expectCall(0, 'POST', 'verification/send/simple', 'receptor=09111111111%2C%2B33456351753&type=1&template=test1&checkid=77&param1=testparam&param2=1234');
    expect(response.messageIds).toEqual(['2581100787', '2581100788']);
  });

  it('sends type 2 for a voice call and takes ten parameters', async () => {
    mock.reply('verification/send/simple', { body: fixture('send-simple.json') });
    const params = Array.from({ length: 10 }, (_, index) => `v${index + 1}`);
    await mock.provider.verification.send({ receptors: ['09111111111'], template: 'otp', params, type: 'voice' });
    expect(mock.calls()[0]?.form).toEqual({
      receptor: '09111111111',
      type: '2',
      template: 'otp',
      ...Object.fromEntries(params.map((value, index) => [`param${index + 1}`, value])),
    });
  });

  it('refuses 11 parameters, none at all and an empty one before any request', async () => {
    for (const params of [Array.from({ length: 11 }, () => 'x'), [], ['ok', '']]) {
      const error = await mock.provider.verification.send({ receptors: ['09111111111'], template: 'otp', params }).then(succeeded, failed);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.outcome).toBe('not-sent');
    }
    expect(mock.calls()).toHaveLength(0);
  });
});
