import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  gatewayErrorAnswer,
  gatewayFixture,
  gatewayFixtureAnswer,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();
const sendAt = new Date('2030-01-02T03:04:05Z');

describe('sms.sendSingle', () => {
  it('posts SendSingleSMS as JSON with the ApiKey header and reads the sent message', async () => {
    mock.reply('SendSingleSMS', gatewayFixtureAnswer('send-single.json'));
    const sent = await mock.provider.native.sms.sendSingle({
      message: 'hi',
      receptor: '+989121111111',
      sendDate: sendAt,
      clientReferenceId: 'req-1',
      udh: false,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "clientReferenceId": "req-1",
            "lineNumber": "10008566",
            "message": "hi",
            "receptor": "09121111111",
            "sendDate": "2030-01-02T06:34:05+03:30",
            "udh": false,
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/rest/api/v1/WebService/SendSingleSMS",
        },
      ]
    `);
    expect(sent).toEqual({
      receptor: '09121111111',
      lineNumber: '21000000',
      cost: 1732,
      messageId: '4248',
      clientReferenceId: 'req-1',
      message: 'hi',
      sendDate: new Date('2024-07-09T10:31:36.663Z'),
      raw: gatewayFixture('send-single.json'),
    });
  });

  it('leaves unset optional fields out of the body', async () => {
    mock.reply('SendSingleSMS', gatewayFixtureAnswer('send-single.json'));
    await mock.provider.native.sms.sendSingle({ message: 'hi', receptor: '09121111111' });
    expect(mock.recorder.requests[0]!.wire.body).toBe(
      '{"lineNumber":"10008566","receptor":"09121111111","message":"hi"}',
    );
  });

  it('refuses a past send date, a comma in a client reference id and a receptor abroad before any request', async () => {
    for (const sms of [
      { message: 'hi', receptor: '09121111111', sendDate: new Date(0) },
      { message: 'hi', receptor: '09121111111', clientReferenceId: 'a,b' },
      { message: 'hi', receptor: '+33612345678' },
      { message: '', receptor: '09121111111' },
    ]) {
      const error = await mock.provider.native.sms.sendSingle(sms).then(succeeded, failed);
      expect(['INVALID_INPUT', 'INVALID_RECIPIENT']).toContain(error.code);
    }
    expect(mock.recorder.requests).toEqual([]);
  });

  it('maps an answer without a messageId to BAD_RESPONSE, outcome unknown', async () => {
    mock.reply('SendSingleSMS', gatewaySuccessAnswer({ receptor: '09121111111' }));
    const error = await mock.provider.native.sms
      .sendSingle({ message: 'hi', receptor: '09121111111' })
      .then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });
});

describe('sms.sendBulk', () => {
  it('posts SendBulkSMS with receptors as a JSON list and reads one id per receptor', async () => {
    mock.reply('SendBulkSMS', gatewayFixtureAnswer('send-bulk.json'));
    const sent = await mock.provider.native.sms.sendBulk({
      message: 'hi all',
      receptors: ['09121111111', '۰۹۱۲۲۲۲۲۲۲۲'],
      lineNumber: '21000000',
      clientReferenceId: 'batch-1',
      isVoice: false,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "clientReferenceId": "batch-1",
            "isVoice": false,
            "lineNumber": "21000000",
            "message": "hi all",
            "receptors": [
              "09121111111",
              "09122222222",
            ],
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/rest/api/v1/WebService/SendBulkSMS",
        },
      ]
    `);
    expect(sent).toMatchObject({
      cost: 3464,
      lineNumber: '21000000',
      receptors: [
        { receptor: '09121111111', messageId: '23304988' },
        { receptor: '09122222222', messageId: '23304989' },
      ],
      message: 'hi all',
      sendDate: new Date('2024-07-09T10:31:36Z'),
    });
    expect(sent).not.toHaveProperty('clientReferenceId');
  });

  it('refuses an empty list of receptors', async () => {
    const error = await mock.provider.native.sms.sendBulk({ message: 'hi', receptors: [] }).then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('sms.sendPairToPair', () => {
  it('posts SendPairToPairSMS items, each with its own line, text, reference and date', async () => {
    mock.reply('SendPairToPairSMS', gatewayFixtureAnswer('send-pair-to-pair.json'));
    const sent = await mock.provider.native.sms.sendPairToPair({
      items: [
        {
          message: 'first',
          receptor: '09121111111',
          lineNumber: '21000000',
          clientReferenceId: 'a-1',
          sendDate: sendAt,
        },
        { message: 'second', receptor: '09122222222', clientReferenceId: 'a-2' },
      ],
      udh: true,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "items": [
              {
                "clientReferenceId": "a-1",
                "lineNumber": "21000000",
                "message": "first",
                "receptor": "09121111111",
                "sendDate": "2030-01-02T06:34:05+03:30",
              },
              {
                "clientReferenceId": "a-2",
                "lineNumber": "10008566",
                "message": "second",
                "receptor": "09122222222",
              },
            ],
            "udh": true,
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/rest/api/v1/WebService/SendPairToPairSMS",
        },
      ]
    `);
    expect(sent.items.map((item) => [item.messageId, item.receptor, item.cost, item.clientReferenceId])).toEqual([
      ['5001', '09121111111', 840, 'a-1'],
      ['5002', '09122222222', 850, 'a-2'],
    ]);
  });

  it('needs a sender line for every item', async () => {
    const local = (await import('../test-support/mock-ghasedak-gateway')).createMockGhasedakGateway({
      lineNumber: undefined,
    });
    try {
      const error = await local.provider.native.sms
        .sendPairToPair({ items: [{ message: 'x', receptor: '09121111111' }] })
        .then(succeeded, failed);
      expect(error.code).toBe('INVALID_SENDER');
    } finally {
      await local.close();
    }
  });
});

describe('sms.sendOtp (named inputs)', () => {
  it('posts SendOtpSMS with receptors as { mobile, clientReferenceId } and inputs as { param, value }', async () => {
    mock.reply('SendOtpSMS', gatewayFixtureAnswer('send-otp.json'));
    const sent = await mock.provider.native.sms.sendOtp({
      receptors: [
        { mobile: '09121111111', clientReferenceId: '1' },
        { mobile: '09122222222', clientReferenceId: '2' },
      ],
      templateName: 'newOTP',
      inputs: [{ param: 'Code', value: '1234' }],
      isVoice: false,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "inputs": [
              {
                "param": "Code",
                "value": "1234",
              },
            ],
            "isVoice": false,
            "receptors": [
              {
                "clientReferenceId": "1",
                "mobile": "09121111111",
              },
              {
                "clientReferenceId": "2",
                "mobile": "09122222222",
              },
            ],
            "templateName": "newOTP",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/rest/api/v1/WebService/SendOtpSMS",
        },
      ]
    `);
    expect(sent.totalCost).toBe(1690);
    expect(sent.items.map((item) => [item.receptor, item.messageId, item.clientReferenceId, item.messageBody])).toEqual(
      [
        ['09122222222', '7002', '2', 'کد شما 1234'],
        ['09121111111', '7001', '1', 'کد شما 1234'],
      ],
    );
  });

  it('reads a totalCost sent as a string', async () => {
    mock.reply('SendOtpSMS', gatewaySuccessAnswer({ items: [], totalCost: '1690' }));
    const sent = await mock.provider.native.sms.sendOtp({
      receptors: [{ mobile: '09121111111' }],
      templateName: 'newOTP',
      inputs: [],
    });
    expect(sent.totalCost).toBe(1690);
  });
});

describe('sms.sendOtpWithParams (positional)', () => {
  it('posts SendOtpWithParams with param1 … paramN', async () => {
    mock.reply('SendOtpWithParams', gatewayFixtureAnswer('send-otp.json'));
    await mock.provider.native.sms.sendOtpWithParams({
      receptors: [{ mobile: '09121111111' }],
      templateName: 'oldOTP',
      params: ['1234', 'Ali'],
      isVoice: true,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "isVoice": true,
            "param1": "1234",
            "param2": "Ali",
            "receptors": [
              {
                "mobile": "09121111111",
              },
            ],
            "templateName": "oldOTP",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/rest/api/v1/WebService/SendOtpWithParams",
        },
      ]
    `);
  });

  it('refuses more than 10 params', async () => {
    const error = await mock.provider.native.sms
      .sendOtpWithParams({
        receptors: [{ mobile: '09121111111' }],
        templateName: 'oldOTP',
        params: Array.from({ length: 11 }, (_, index) => String(index)),
      })
      .then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('sms.status', () => {
  it('gets CheckSmsStatus by message ids (Type=1, Ids comma-joined) and reads the bare array', async () => {
    mock.reply('CheckSmsStatus', gatewayFixtureAnswer('check-status.json'), { method: 'GET' });
    const statuses = await mock.provider.native.sms.status({ messageIds: ['23879310', '23879311'] });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "apikey": "[apiKey]",
          },
          "method": "GET",
          "path": "/rest/api/v1/WebService/CheckSmsStatus",
          "query": {
            "Ids": "23879310,23879311",
            "Type": "1",
          },
        },
      ]
    `);
    expect(mock.recorder.requests[0]!.wire.target).toContain('Ids=23879310%2C23879311&Type=1');
    expect(statuses[0]).toEqual({
      messageId: '23879310',
      status: 5,
      clientReferenceId: 'ref-1',
      message: 'hi',
      lineNumber: '21000000',
      receptor: '09121111111',
      price: 1732,
      // No offset in the answer: read as Tehran time.
      sendDate: new Date('2024-07-09T10:31:02Z'),
      raw: (gatewayFixture('check-status.json') as { data: unknown[] }).data[0],
    });
    expect(statuses[1]!.status).toBe(3);
  });

  it('gets CheckSmsStatus by client reference ids with Type=2', async () => {
    mock.reply('CheckSmsStatus', gatewaySuccessAnswer([]), { method: 'GET', query: { Ids: 'r-1,r-2', Type: '2' } });
    expect(await mock.provider.native.sms.status({ clientReferenceIds: ['r-1', 'r-2'] })).toEqual([]);
  });

  it('refuses more than 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => String(index + 1));
    const error = await mock.provider.native.sms.status({ messageIds: ids }).then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('maps data that is not a list to BAD_RESPONSE', async () => {
    mock.reply('CheckSmsStatus', gatewaySuccessAnswer({ items: [] }), { method: 'GET' });
    const error = await mock.provider.native.sms.status({ messageIds: ['1'] }).then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });
});

describe('keys in any case', () => {
  it('reads PascalCase and lower-case answers as the camelCase ones', async () => {
    mock.reply('SendSingleSMS', {
      json: {
        IsSuccess: true,
        StatusCode: 200,
        Message: '',
        Data: { Receptor: '09121111111', MESSAGEID: '9', cost: 1 },
      },
    });
    const sent = await mock.provider.native.sms.sendSingle({ message: 'hi', receptor: '09121111111' });
    expect(sent).toMatchObject({ messageId: '9', receptor: '09121111111', cost: 1 });
  });
});

describe('errors of every send method', () => {
  it.each([
    ['SendSingleSMS', () => mock.provider.native.sms.sendSingle({ message: 'hi', receptor: '09121111111' })],
    ['SendBulkSMS', () => mock.provider.native.sms.sendBulk({ message: 'hi', receptors: ['09121111111'] })],
    [
      'SendPairToPairSMS',
      () => mock.provider.native.sms.sendPairToPair({ items: [{ message: 'hi', receptor: '09121111111' }] }),
    ],
    [
      'SendOtpSMS',
      () => mock.provider.native.sms.sendOtp({ receptors: [{ mobile: '09121111111' }], templateName: 't', inputs: [] }),
    ],
    [
      'SendOtpWithParams',
      () =>
        mock.provider.native.sms.sendOtpWithParams({
          receptors: [{ mobile: '09121111111' }],
          templateName: 't',
          params: ['1'],
        }),
    ],
  ])('%s: a 418 envelope under HTTP 400 is INSUFFICIENT_CREDIT, not sent', async (name, call) => {
    mock.reply(name, gatewayErrorAnswer(418, 400));
    const error = await call().then(succeeded, failed);
    expect(error).toMatchObject({
      code: 'INSUFFICIENT_CREDIT',
      outcome: 'not-sent',
      providerCode: 418,
      statusCode: 400,
    });
  });
});
