import { describe, expect, it } from 'vitest';
import balanceAnswer from '../__fixtures__/balance-answer.json' with { type: 'json' };
import { API_KEY, apiKeyProvider, caught, fakeJwt, JSON_HEADERS, jwtProvider, replyToken, useMock } from '../test-support/mock-sms-afzar';

describe('getBalance', () => {
  const mock = useMock();

  it('reads account/balance: "1,250,000" ریال is 1250000 IRR', async () => {
    mock.pool.intercept({ method: 'GET', path: '/account/balance' }).reply(200, balanceAnswer, JSON_HEADERS);
    const balance = await apiKeyProvider(mock).getBalance();
    const [call] = mock.calls();
    expect(call).toMatchObject({ method: 'GET', path: '/account/balance', body: undefined });
    expect(call!.headers).toMatchObject({ 'x-api-key': API_KEY, accept: 'application/json' });
    expect(balance).toEqual({ provider: 'smsafzar', amount: 1_250_000, currency: 'IRR', raw: balanceAnswer });
  });

  it('reads a numeric credit and keeps another unit as given; the native balance returns credit and unit', async () => {
    mock.pool.intercept({ method: 'GET', path: '/account/balance' }).reply(200, { credit: 125000, unit: 'تومان' }, JSON_HEADERS);
    mock.pool.intercept({ method: 'GET', path: '/account/balance' }).reply(200, balanceAnswer, JSON_HEADERS);
    const provider = apiKeyProvider(mock);
    expect(await provider.getBalance()).toMatchObject({ amount: 125000, currency: 'تومان' });
    expect(await provider.native.account.balance()).toEqual({ credit: 1_250_000, unit: 'ریال', raw: balanceAnswer });
  });

  it('refuses a balance answer without a credit', async () => {
    mock.pool.intercept({ method: 'GET', path: '/account/balance' }).reply(200, { unit: 'ریال' }, JSON_HEADERS);
    expect((await caught(() => apiKeyProvider(mock).getBalance())).code).toBe('BAD_RESPONSE');
  });

  it('uses a bearer token for the balance in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(mock, token);
    mock.pool.intercept({ method: 'GET', path: '/account/balance' }).reply(200, balanceAnswer, JSON_HEADERS);
    await jwtProvider(mock).getBalance();
    expect(mock.calls()[1]!.headers['authorization']).toBe(`Bearer ${token}`);
  });
});
