import { describe, expect, it } from 'vitest';
import balanceAnswer from '../__fixtures__/balance-answer.json' with { type: 'json' };
import receivedAnswer from '../__fixtures__/received-answer.json' with { type: 'json' };
import { API_KEY, apiKeyProvider, caught, fakeJwt, JSON_HEADERS, jwtProvider, replyToken, useMock } from '../test-support/mock-smsafzar';

describe('getBalance and listInbound', () => {
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
    expect(await provider.account.balance()).toEqual({ credit: 1_250_000, unit: 'ریال', raw: balanceAnswer });
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

  it('lists messages/received/recent?count=100 by default', async () => {
    mock.pool.intercept({ method: 'GET', path: '/messages/received/recent', query: { count: '100' } }).reply(200, receivedAnswer, JSON_HEADERS);
    const inbound = await apiKeyProvider(mock).listInbound();
    const [call] = mock.calls();
    expect(call).toMatchObject({ method: 'GET', path: '/messages/received/recent', searchParams: { count: '100' } });
    expect(call!.headers['x-api-key']).toBe(API_KEY);
    expect(inbound).toEqual([
      {
        provider: 'smsafzar',
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        from: '+989121234567',
        to: '10001000',
        text: 'سلام، لطفا تماس بگیرید',
        receivedAt: new Date('2026-11-22T07:45:00.000Z'),
        raw: receivedAnswer.messages[0],
      },
      {
        provider: 'smsafzar',
        id: '8d0f7780-8536-41ef-a55c-f18ad2a01bf8',
        from: '+989351234567',
        to: '30001000',
        text: 'STOP',
        receivedAt: new Date('2026-11-22T07:50:00.000Z'),
        raw: receivedAnswer.messages[1],
      },
    ]);
  });

  it('sends limit as count and filters by line and time here', async () => {
    mock.pool.intercept({ method: 'GET', path: '/messages/received/recent', query: { count: '20' } }).reply(200, receivedAnswer, JSON_HEADERS);
    mock.pool.intercept({ method: 'GET', path: '/messages/received/recent', query: { count: '100' } }).reply(200, receivedAnswer, JSON_HEADERS);
    const provider = apiKeyProvider(mock);
    expect((await provider.listInbound({ limit: 20, line: '30001000' })).map((message) => message.text)).toEqual(['STOP']);
    expect((await provider.listInbound({ until: new Date('2026-11-22T07:46:00.000Z') })).map((message) => message.text)).toEqual(['سلام، لطفا تماس بگیرید']);
  });

  it('refuses a count outside 1..100 and a page beyond the first before any request', async () => {
    const provider = apiKeyProvider(mock);
    expect((await caught(() => provider.listInbound({ limit: 101 }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.listInbound({ limit: 0 }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.listInbound({ page: 1 }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.messages.receivedRecent(1.5))).code).toBe('INVALID_INPUT');
    expect(mock.calls()).toHaveLength(0);
  });

  it('native receivedRecent passes count and parses the answer', async () => {
    mock.pool.intercept({ method: 'GET', path: '/messages/received/recent', query: { count: '5' } }).reply(200, receivedAnswer, JSON_HEADERS);
    const answer = await apiKeyProvider(mock).messages.receivedRecent(5);
    expect(answer.messages[0]).toEqual({
      receivedMessageId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      senderNumber: '09121234567',
      recipientNumber: '10001000',
      content: 'سلام، لطفا تماس بگیرید',
      receivedAt: new Date('2026-11-22T07:45:00.000Z'),
      raw: receivedAnswer.messages[0],
    });
  });
});
