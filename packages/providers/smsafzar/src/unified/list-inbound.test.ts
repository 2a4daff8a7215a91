import { describe, expect, it } from 'vitest';
import receivedAnswer from '../__fixtures__/received-answer.json' with { type: 'json' };
import { API_KEY, apiKeyProvider, caught, JSON_HEADERS, useMock } from '../test-support/mock-sms-afzar';

describe('listInbound', () => {
  const mock = useMock();

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
    expect((await caught(() => provider.native.messages.receivedRecent(1.5))).code).toBe('INVALID_INPUT');
    expect(mock.calls()).toHaveLength(0);
  });

  it('native receivedRecent passes count and parses the answer', async () => {
    mock.pool.intercept({ method: 'GET', path: '/messages/received/recent', query: { count: '5' } }).reply(200, receivedAnswer, JSON_HEADERS);
    const answer = await apiKeyProvider(mock).native.messages.receivedRecent(5);
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
