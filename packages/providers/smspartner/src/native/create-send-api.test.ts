import { describe, expect, it } from 'vitest';
import bulkSendAnswer from '../__fixtures__/bulk-send.json';
import sendAnswer from '../__fixtures__/send.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, sending: exact wire', () => {
  const { recorder, provider, answerSend, answerBulkSend, answerCancel } = useMockSmsPartner();

  it('send: POST v1/send with apiKey, comma-joined numbers and _format=json in the JSON body', async () => {
    // The reply matches only a request that asks for JSON, a header the recorder leaves out of its records.
    answerSend(sendAnswer, { headers: { accept: 'application/json' } });
    const answer = await provider().native.send({ phoneNumbers: ['+33611111111', '0622222222'], message: 'Bonjour' });
    expect(answer).toEqual(sendAnswer);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "message": "Bonjour",
            "phoneNumbers": "+33611111111,0622222222",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/send",
        },
      ]
    `);
  });

  it('send: settings fill sender, gamme, callbacks and sandbox; every optional field in wire form', async () => {
    answerSend();
    const partner = provider({
      sender: 'MyShop',
      gamme: 2,
      sandbox: true,
      urlDlr: 'https://example.com/dlr',
      urlResponse: 'https://example.com/reply',
    });
    await partner.native.send({
      phoneNumbers: '+33611111111',
      message: 'Promo',
      tag: 'spring-sale',
      scheduledDeliveryDate: '18/08/2030',
      time: 20,
      minute: 0,
      isStopSms: true,
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "gamme": 2,
            "isStopSms": 1,
            "message": "Promo",
            "minute": 0,
            "phoneNumbers": "+33611111111",
            "sandbox": 1,
            "scheduledDeliveryDate": "18/08/2030",
            "sender": "MyShop",
            "tag": "spring-sale",
            "time": 20,
            "urlDlr": "https://example.com/dlr",
            "urlResponse": "https://example.com/reply",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/send",
        },
      ]
    `);
  });

  it('send: refuses more than 500 numbers and a half-given schedule before any request', async () => {
    const partner = provider();
    const numbers = Array.from({ length: 501 }, (_, index) => `+336${String(10_000_000 + index)}`);
    await expect(partner.native.send({ phoneNumbers: numbers, message: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      partner.native.send({ phoneNumbers: '+33611111111', message: 'x', scheduledDeliveryDate: '18/08/2030' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      partner.native.send({
        phoneNumbers: '+33611111111',
        message: 'x',
        scheduledDeliveryDate: '18/08/2030',
        time: 20,
        minute: 7,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(recorder.requests).toEqual([]);
  });

  it('bulkSend: POST v1/bulk-send with SMSList', async () => {
    answerBulkSend();
    const answer = await provider().native.bulkSend({
      SMSList: [
        { phoneNumber: '+33611111111', message: 'Bonjour Anne' },
        { phoneNumber: '+33622222222', message: 'Bonjour Paul' },
      ],
      sender: 'MyShop',
    });
    expect(answer.message_id).toBe(123);
    expect(answer.nbSMS).toBe(2);
    expect(answer.SMSResponse_List?.[1]?.nbSms).toBe(1);
    expect(answer).toEqual(bulkSendAnswer);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "SMSList": [
              {
                "message": "Bonjour Anne",
                "phoneNumber": "+33611111111",
              },
              {
                "message": "Bonjour Paul",
                "phoneNumber": "+33622222222",
              },
            ],
            "_format": "json",
            "apiKey": "[apiKey]",
            "sender": "MyShop",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/bulk-send",
        },
      ]
    `);
  });

  it('cancel: GET v1/message-cancel with apiKey and messageId in the query (the seed answer)', async () => {
    answerCancel();
    const answer = await provider().native.cancel(300);
    expect(answer).toEqual({ success: true, code: 200, message: "L'envoi du SMS a été annulé." });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/message-cancel",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "messageId": "300",
          },
        },
      ]
    `);
    // The query in the order it is sent: the key first, _format last.
    expect(recorder.requests[0]?.wire.target).toBe('/v1/message-cancel?apiKey=[apiKey]&messageId=300&_format=json');
  });
});
