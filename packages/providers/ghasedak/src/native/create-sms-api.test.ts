import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { failed, fixture, fixtureAnswer, fixtureText, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('sms.sendSimple', () => {
  it('posts sms/send/simple as a form and returns the ids as strings', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('send-simple.json'));
    const sendDate = new Date('2030-01-02T03:04:05.600Z');
    const response = await mock.provider.native.sms.sendSimple({
      message: 'test',
      receptor: '+98 912 111 1111',
      lineNumber: '30005088',
      sendDate,
      checkId: '2020',
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "checkid": "2020",
            "linenumber": "30005088",
            "message": "test",
            "receptor": "09121111111",
            "senddate": "1893553445",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/simple",
        },
      ]
    `);
    expect(mock.recorder.requests[0]!.wire.body).toBe(
      'message=test&receptor=09121111111&linenumber=30005088&senddate=1893553445&checkid=2020',
    );
    expect(response.messageIds).toEqual(['2578793735']);
    expect(response.raw).toEqual(fixture('send-simple.json'));
  });

  it('falls back on the lineNumber setting and omits what is not given', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('send-simple.json'));
    await mock.provider.native.sms.sendSimple({ message: 'سلام دنیا', receptor: '۰۹۱۲۱۱۱۱۱۱۱' });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "linenumber": "10008566",
            "message": "سلام دنیا",
            "receptor": "09121111111",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/simple",
        },
      ]
    `);
    // UTF-8, percent-encoded, with a space as `+`.
    expect(mock.recorder.requests[0]!.wire.body).toBe(
      `message=${encodeURIComponent('سلام')}+${encodeURIComponent('دنیا')}&receptor=09121111111&linenumber=10008566`,
    );
  });

  it('refuses a number abroad, a past send date and a check id with a comma before any request', async () => {
    for (const sms of [
      { message: 'x', receptor: '+33612345678' },
      { message: 'x', receptor: '09121111111', sendDate: new Date(Date.now() - 1000) },
      { message: 'x', receptor: '09121111111', checkId: 'a,b' },
      { message: '', receptor: '09121111111' },
      { message: 'x', receptor: '09121111111', lineNumber: 'my line' },
    ]) {
      const error = await mock.provider.native.sms.sendSimple(sms).then(succeeded, failed);
      expect(SmsError.isInstance(error)).toBe(true);
      expect((error as SmsError).outcome).toBe('not-sent');
    }
    const abroad = await mock.provider.native.sms
      .sendSimple({ message: 'x', receptor: '+33612345678' })
      .then(succeeded, failed);
    expect(abroad.code).toBe('INVALID_RECIPIENT');
    expect(mock.recorder.requests).toEqual([]);
  });
});

describe('sms.sendBulk', () => {
  it('joins every list with commas, one item per message', async () => {
    mock.reply('sms/send/bulk', fixtureAnswer('send-bulk.json'));
    const response = await mock.provider.native.sms.sendBulk([
      {
        message: 'test1',
        receptor: '09111111111',
        lineNumber: '5000222',
        sendDate: new Date(1_908_144_471_000),
        checkId: '2020',
      },
      { message: 'test2', receptor: '09111111112', sendDate: new Date(1_908_144_475_000), checkId: '2021' },
    ]);
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "checkid": "2020,2021",
            "linenumber": "5000222,10008566",
            "message": "test1,test2",
            "receptor": "09111111111,09111111112",
            "senddate": "1908144471,1908144475",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/bulk",
        },
      ]
    `);
    expect(mock.recorder.requests[0]!.wire.body).toBe(
      'message=test1%2Ctest2&receptor=09111111111%2C09111111112&linenumber=5000222%2C10008566&senddate=1908144471%2C1908144475&checkid=2020%2C2021',
    );
    expect(response.messageIds).toEqual(['2581100787', '2581100788']);
  });

  it('refuses a text with a comma, more than 100 messages and a send date on only some messages', async () => {
    const comma = await mock.provider.native.sms
      .sendBulk([{ message: 'Hello, Ali', receptor: '09111111111' }])
      .then(succeeded, failed);
    expect(comma.code).toBe('INVALID_INPUT');
    expect(comma.message).toContain('comma');
    const many = Array.from({ length: 101 }, () => ({ message: 'x', receptor: '09111111111' }));
    expect((await mock.provider.native.sms.sendBulk(many).then(succeeded, failed)).code).toBe('INVALID_INPUT');
    const mixed = await mock.provider.native.sms
      .sendBulk([
        { message: 'a', receptor: '09111111111', sendDate: new Date(Date.now() + 60_000) },
        { message: 'b', receptor: '09111111112' },
      ])
      .then(succeeded, failed);
    expect(mixed.code).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });
});

describe('sms.sendPair', () => {
  it('sends one text and one line with comma-joined receptors and check ids', async () => {
    mock.reply('sms/send/pair', fixtureAnswer('send-pair.json'));
    const response = await mock.provider.native.sms.sendPair({
      message: 'test1',
      receptors: ['09111111111', '0911 111 1112'],
      lineNumber: '5000222',
      sendDate: new Date(1_908_144_471_000),
      checkIds: ['2020', '2021'],
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "checkid": "2020,2021",
            "linenumber": "5000222",
            "message": "test1",
            "receptor": "09111111111,09111111112",
            "senddate": "1908144471",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/pair",
        },
      ]
    `);
    expect(response.messageIds).toEqual(['2581100787', '2581100788']);
  });

  it('refuses check ids that do not line up with the receptors', async () => {
    const error = await mock.provider.native.sms
      .sendPair({ message: 'x', receptors: ['09111111111', '09111111112'], checkIds: ['1'] })
      .then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });
});

describe('sms.status', () => {
  it('asks by message id with type=1 and parses the seed answer', async () => {
    mock.reply('sms/status', fixtureAnswer('status.json'));
    const statuses = await mock.provider.native.sms.status({ messageIds: ['2581227073', '2581227074'] });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "id": "2581227073,2581227074",
            "type": "1",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/status",
        },
      ]
    `);
    expect(statuses).toEqual([
      {
        messageId: '2581227073',
        message: 'test',
        status: 8,
        price: 155,
        sender: '30005088',
        receptor: '09121111111',
        sendDate: new Date(1_605_968_584_000),
        raw: (fixture('status.json') as { items: unknown[] }).items[0],
      },
    ]);
  });

  it('asks by check id with type=2', async () => {
    mock.reply('sms/status', fixtureAnswer('status.json'));
    await mock.provider.native.sms.status({ checkIds: ['2020'] });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "id": "2020",
            "type": "2",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/status",
        },
      ]
    `);
  });

  it('refuses more than 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => String(index + 1));
    expect((await mock.provider.native.sms.status({ messageIds: ids }).then(succeeded, failed)).code).toBe(
      'INVALID_INPUT',
    );
    expect(mock.recorder.requests).toEqual([]);
  });
});

describe('sms.cancel', () => {
  it('posts the comma-joined message ids and returns the ids it canceled', async () => {
    mock.reply('sms/cancel', fixtureAnswer('cancel.json'));
    const response = await mock.provider.native.sms.cancel(['2581227073', '2581427073']);
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "messageid": "2581227073,2581427073",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/cancel",
        },
      ]
    `);
    expect(response.messageIds).toEqual(['1022', '1023']);
    expect(response.raw).toEqual(fixture('cancel.json'));
  });
});

describe('sms.receiveLast', () => {
  it('posts the line and isread, and reads receivedate as Tehran time', async () => {
    mock.reply('sms/receive/last', fixtureAnswer('receive-last.json'));
    const messages = await mock.provider.native.sms.receiveLast({ lineNumber: '1000200', read: true });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "isread": "1",
            "linenumber": "1000200",
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
        messageId: '1020',
        message: 'test',
        sender: '09122222222',
        lineNumber: '1000200',
        // Iran's summer time ended in September 2017, so this is +03:30.
        receivedAt: new Date('2017-10-16T09:01:01Z'),
        raw: (fixture('receive-last.json') as { items: unknown[] }).items[0],
      },
    ]);
  });

  it('asks for unread messages on the default line by default', async () => {
    mock.reply('sms/receive/last', fixtureAnswer('receive-last.json'));
    await mock.provider.native.sms.receiveLast({});
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
  });
});

describe('sms.receivePaging', () => {
  it('posts the range as Unix seconds with a zero-based page and the page size as offset', async () => {
    mock.reply('sms/receive/paging', fixtureAnswer('receive-paging.json'));
    const page = await mock.provider.native.sms.receivePaging({
      lineNumber: '1000200',
      fromDate: new Date(1_508_144_471_000),
      toDate: new Date(1_508_244_471_000),
      page: 0,
      pageSize: 200,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "fromdate": "1508144471",
            "isread": "0",
            "linenumber": "1000200",
            "offset": "200",
            "page": "0",
            "todate": "1508244471",
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
    expect(page.totalCount).toBe(1000);
    expect(page.messages.map((message) => [message.messageId, message.message])).toEqual([
      ['1020', 'test'],
      ['1021', 'test2'],
    ]);
  });

  it('maps the seed example, which is not valid JSON, to BAD_RESPONSE with an unknown outcome', async () => {
    mock.reply('sms/receive/paging', {
      text: fixtureText('receive-paging.seed.txt'),
      headers: { 'content-type': 'application/json' },
    });
    const error = await mock.provider.native.sms
      .receivePaging({ lineNumber: '1000200', fromDate: new Date(0), toDate: new Date(1_000) })
      .then(succeeded, failed);
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.outcome).toBe('unknown');
  });

  it('refuses a page size above 200 and a backwards range', async () => {
    const base = { lineNumber: '1000200', fromDate: new Date(0), toDate: new Date(1_000) };
    expect(
      (await mock.provider.native.sms.receivePaging({ ...base, pageSize: 201 }).then(succeeded, failed)).code,
    ).toBe('INVALID_INPUT');
    expect(
      (await mock.provider.native.sms.receivePaging({ ...base, fromDate: new Date(2_000) }).then(succeeded, failed))
        .code,
    ).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });
});
