import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  createMockGhasedakGateway,
  gatewayFixtureAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('listInbound on the gateway', () => {
  it('without a range or page: GetReceivedSmses, unread', async () => {
    mock.reply('GetReceivedSmses', gatewayFixtureAnswer('received-latest.json'), {
      method: 'GET',
      query: { LineNumber: '10008566', IsRead: 'false' },
    });
    const messages = await mock.provider.listInbound();
    expect(messages).toEqual([
      {
        provider: 'ghasedak',
        id: '101',
        from: '+989121111111',
        to: '21000000',
        text: 'salam',
        receivedAt: new Date('2024-07-09T10:31:36Z'),
        raw: expect.objectContaining({ id: 101 }),
      },
    ]);
  });

  it("with a page: GetReceivedSmsesPaging, the query's zero-based page sent as the one-based PageIndex", async () => {
    mock.reply('GetReceivedSmsesPaging', gatewayFixtureAnswer('received-paging.json'), { method: 'GET' });
    const messages = await mock.provider.listInbound({
      line: '21000000',
      read: true,
      page: 0,
      limit: 10,
      from: new Date('2024-07-01T00:00:00Z'),
    });
    expect(mock.recorder.requests[0]!.query).toEqual({
      LineNumber: '21000000',
      IsRead: 'true',
      StartDate: '2024-07-01T03:30:00+03:30',
      PageIndex: '1',
      PageSize: '10',
    });
    expect(messages.map((message) => message.id)).toEqual(['102']);
  });

  it('needs a receiving line', async () => {
    const local = createMockGhasedakGateway({ lineNumber: undefined });
    try {
      const error = await local.provider.listInbound().then(succeeded, failed);
      expect(error.code).toBe('INVALID_INPUT');
    } finally {
      await local.close();
    }
  });
});
