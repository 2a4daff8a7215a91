import { describe, expect, it } from 'vitest';
import {
  createMockGhasedak,
  failed,
  fixture,
  fixtureAnswer,
  succeeded,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('listInbound', () => {
  it('uses sms/receive/last for the default line and unread messages', async () => {
    mock.reply('sms/receive/last', fixtureAnswer('receive-last.json'));
    const messages = await mock.provider.listInbound();
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "isread": "0",
            "linenumber": "10008566",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/receive/last",
        },
      ]
    `);
    expect(messages).toEqual([
      {
        provider: 'ghasedak',
        id: '1020',
        from: '+989122222222',
        to: '1000200',
        text: 'test',
        receivedAt: new Date('2017-10-16T09:01:01Z'),
        raw: (fixture('receive-last.json') as { items: unknown[] }).items[0],
      },
    ]);
  });

  it('uses sms/receive/paging as soon as the query has a range, a page or a limit', async () => {
    mock.reply('sms/receive/paging', fixtureAnswer('receive-paging.json'));
    const messages = await mock.provider.listInbound({
      line: '1000200',
      read: true,
      from: new Date(1_508_000_000_000),
      until: new Date(1_508_200_000_000),
      page: 2,
      limit: 50,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "fromdate": "1508000000",
            "isread": "1",
            "linenumber": "1000200",
            "offset": "50",
            "page": "2",
            "todate": "1508200000",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/receive/paging",
        },
      ]
    `);
    expect(messages.map((message) => message.id)).toEqual(['1020', '1021']);
  });

  it('needs a line when there is no default', async () => {
    const lineless = createMockGhasedak({ lineNumber: undefined });
    try {
      expect((await lineless.provider.listInbound().then(succeeded, failed)).code).toBe('INVALID_INPUT');
      expect(lineless.recorder.requests).toEqual([]);
    } finally {
      await lineless.close();
    }
  });
});
