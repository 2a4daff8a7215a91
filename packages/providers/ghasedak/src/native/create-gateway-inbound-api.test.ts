import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  gatewayErrorAnswer,
  gatewayFixtureAnswer,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('inbound.latest', () => {
  it('gets GetReceivedSmses with LineNumber and IsRead as true/false and reads the items', async () => {
    mock.reply('GetReceivedSmses', gatewayFixtureAnswer('received-latest.json'), { method: 'GET' });
    const messages = await mock.provider.native.inbound.latest({ isRead: false });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/rest/api/v1/WebService/GetReceivedSmses",
          "query": {
            "IsRead": "false",
            "LineNumber": "10008566",
          },
        },
      ]
    `);
    expect(messages).toEqual([
      {
        id: '101',
        message: 'salam',
        sender: '09121111111',
        lineNumber: '21000000',
        receiveDate: new Date('2024-07-09T10:31:36Z'),
        raw: {
          id: 101,
          message: 'salam',
          sender: '09121111111',
          lineNumber: '21000000',
          receiveDate: '2024-07-09T10:31:36Z',
        },
      },
    ]);
  });

  it('leaves IsRead out when it is not given', async () => {
    mock.reply('GetReceivedSmses', gatewaySuccessAnswer({ items: [] }), { method: 'GET' });
    await mock.provider.native.inbound.latest({ lineNumber: '21000000' });
    expect(mock.recorder.requests[0]!.query).toEqual({ LineNumber: '21000000' });
  });

  it('maps a 406 envelope to INVALID_SENDER', async () => {
    mock.reply('GetReceivedSmses', gatewayErrorAnswer(406), { method: 'GET' });
    const error = await mock.provider.native.inbound.latest().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'INVALID_SENDER', providerCode: 406 });
  });
});

describe('inbound.paged', () => {
  it('gets GetReceivedSmsesPaging with ISO dates in Tehran time, a one-based page and the page size', async () => {
    mock.reply('GetReceivedSmsesPaging', gatewayFixtureAnswer('received-paging.json'), { method: 'GET' });
    const page = await mock.provider.native.inbound.paged({
      isRead: true,
      startDate: new Date('2024-07-01T00:00:00Z'),
      endDate: new Date('2024-07-10T00:00:00Z'),
      pageSize: 10,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/rest/api/v1/WebService/GetReceivedSmsesPaging",
          "query": {
            "EndDate": "2024-07-10T03:30:00+03:30",
            "IsRead": "true",
            "LineNumber": "10008566",
            "PageIndex": "1",
            "PageSize": "10",
            "StartDate": "2024-07-01T03:30:00+03:30",
          },
        },
      ]
    `);
    expect(page).toMatchObject({
      pageIndex: 1,
      pageSize: 10,
      totalCount: 11,
      totalPages: 2,
      hasPreviousPage: false,
      hasNextPage: true,
      items: [{ id: '102', sender: '09122222222', message: 'dovom' }],
    });
  });

  it('refuses a page size above 200 and a range that runs backwards', async () => {
    for (const query of [
      { pageSize: 201 },
      { startDate: new Date('2024-07-10T00:00:00Z'), endDate: new Date('2024-07-01T00:00:00Z') },
    ]) {
      const error = await mock.provider.native.inbound.paged(query).then(succeeded, failed);
      expect(error.code).toBe('INVALID_INPUT');
    }
  });
});
