import { describe, expect, it } from 'vitest';
import { createMockGhasedak, failed, fixture, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('listInbound', () => {
  it('uses sms/receive/last for the default line and unread messages', async () => {
    mock.reply('sms/receive/last', { body: fixture('receive-last.json') });
    const messages = await mock.provider.listInbound();
    expect(mock.calls()[0]!.form).toEqual({ linenumber: '10008566', isread: '0' });
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
    mock.reply('sms/receive/paging', { body: fixture('receive-paging.json') });
    const messages = await mock.provider.listInbound({
      line: '1000200',
      read: true,
      from: new Date(1_508_000_000_000),
      until: new Date(1_508_200_000_000),
      page: 2,
      limit: 50,
    });
    expect(mock.calls()[0]!.form).toEqual({ linenumber: '1000200', isread: '1', fromdate: '1508000000', todate: '1508200000', page: '2', offset: '50' });
    expect(messages.map((message) => message.id)).toEqual(['1020', '1021']);
  });

  it('needs a line when there is no default', async () => {
    const lineless = createMockGhasedak({ lineNumber: undefined });
    try {
      expect((await lineless.provider.listInbound().then(succeeded, failed)).code).toBe('INVALID_INPUT');
    } finally {
      await lineless.close();
    }
  });
});
