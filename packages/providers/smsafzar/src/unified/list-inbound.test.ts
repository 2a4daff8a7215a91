import { describe, expect, it } from 'vitest';
import receivedAnswer from '../__fixtures__/received-answer.json' with { type: 'json' };
import { apiKeyProvider, caught, replyReceived, useRecorder } from '../test-support/mock-sms-afzar';

describe('listInbound', () => {
  const recorder = useRecorder();

  it('lists messages/received/recent?count=100 by default', async () => {
    replyReceived(recorder, { query: { count: '100' } });
    const inbound = await apiKeyProvider(recorder).listInbound();
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "cache-control": "no-cache",
            "x-api-key": "[apiKey]",
          },
          "method": "GET",
          "path": "/messages/received/recent",
          "query": {
            "count": "100",
          },
        },
      ]
    `);
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
    replyReceived(recorder, { query: { count: '20' } });
    replyReceived(recorder, { query: { count: '100' } });
    const provider = apiKeyProvider(recorder);
    expect((await provider.listInbound({ limit: 20, line: '30001000' })).map((message) => message.text)).toEqual([
      'STOP',
    ]);
    expect(
      (await provider.listInbound({ until: new Date('2026-11-22T07:46:00.000Z') })).map((message) => message.text),
    ).toEqual(['سلام، لطفا تماس بگیرید']);
  });

  it('refuses a count outside 1..100 and a page beyond the first before any request', async () => {
    const provider = apiKeyProvider(recorder);
    expect((await caught(() => provider.listInbound({ limit: 101 }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.listInbound({ limit: 0 }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.listInbound({ page: 1 }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.native.messages.receivedRecent(1.5))).code).toBe('INVALID_INPUT');
    expect(recorder.requests).toHaveLength(0);
  });
});
