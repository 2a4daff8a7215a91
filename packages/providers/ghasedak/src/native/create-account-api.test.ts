import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMockGhasedak, failed, fixture, succeeded, TEST_API_KEY, type MockGhasedak } from '../test-support/mock-ghasedak';

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

describe('account.info', () => {
  it('posts account/info with an empty form and reads balance and expiry', async () => {
    mock.reply('account/info', { body: fixture('account-info.json') });
    const info = await mock.provider.account.info();
    expectCall(0, 'POST', 'account/info', '');
    expect(info).toEqual({ balance: 8880, expiresAt: new Date(2_524_608_000_000), raw: fixture('account-info.json') });
  });
});

describe('account.info answers', () => {
  it('maps a balance that is not a number to BAD_RESPONSE', async () => {
    mock.reply('account/info', { body: { result: { code: 200, message: 'success' }, items: { balance: 'a lot' } } });
    const error = await mock.provider.account.info().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('accepts a balance sent as a string with separators', async () => {
    mock.reply('account/info', { body: { result: { code: 200, message: 'success' }, items: { balance: '1,250,000', expire: '2524608000' } } });
    expect((await mock.provider.account.info()).balance).toBe(1_250_000);
  });
});
