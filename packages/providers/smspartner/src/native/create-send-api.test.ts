import { describe, expect, it } from 'vitest';
import bulkSendAnswer from '../__fixtures__/bulk-send.json';
import cancelAnswer from '../__fixtures__/cancel.json';
import sendAnswer from '../__fixtures__/send.json';
import { API_KEY, useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, sending: exact wire', () => {
  const { mock, provider } = useMockSmsPartner();

  it('send: POST v1/send with apiKey, comma-joined numbers and _format=json in the JSON body', async () => {
    mock.reply('POST', '/v1/send', sendAnswer);
    const answer = await provider().native.send({ phoneNumbers: ['+33611111111', '0622222222'], message: 'Bonjour' });
    expect(answer).toEqual(sendAnswer);
    const [request] = mock.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/send');
    expect(request?.search).toBe('');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.body).toEqual({ apiKey: API_KEY, phoneNumbers: '+33611111111,0622222222', message: 'Bonjour', _format: 'json' });
  });

  it('send: settings fill sender, gamme, callbacks and sandbox; every optional field in wire form', async () => {
    mock.reply('POST', '/v1/send', sendAnswer);
    const partner = provider({ sender: 'MyShop', gamme: 2, sandbox: true, urlDlr: 'https://example.com/dlr', urlResponse: 'https://example.com/reply' });
    await partner.native.send({
      phoneNumbers: '+33611111111',
      message: 'Promo',
      tag: 'spring-sale',
      scheduledDeliveryDate: '18/08/2030',
      time: 20,
      minute: 0,
      isStopSms: true,
    });
    expect(mock.requests[0]?.body).toEqual({
      apiKey: API_KEY,
      phoneNumbers: '+33611111111',
      message: 'Promo',
      gamme: 2,
      sender: 'MyShop',
      tag: 'spring-sale',
      scheduledDeliveryDate: '18/08/2030',
      time: 20,
      minute: 0,
      urlResponse: 'https://example.com/reply',
      urlDlr: 'https://example.com/dlr',
      isStopSms: 1,
      sandbox: 1,
      _format: 'json',
    });
  });

  it('send: refuses more than 500 numbers and a half-given schedule before any request', async () => {
    const partner = provider();
    const numbers = Array.from({ length: 501 }, (_, index) => `+336${String(10_000_000 + index)}`);
    await expect(partner.native.send({ phoneNumbers: numbers, message: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(partner.native.send({ phoneNumbers: '+33611111111', message: 'x', scheduledDeliveryDate: '18/08/2030' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      partner.native.send({ phoneNumbers: '+33611111111', message: 'x', scheduledDeliveryDate: '18/08/2030', time: 20, minute: 7 }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(mock.requests).toHaveLength(0);
  });

  it('bulkSend: POST v1/bulk-send with SMSList', async () => {
    mock.reply('POST', '/v1/bulk-send', bulkSendAnswer);
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
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/v1/bulk-send', search: '' });
    expect(mock.requests[0]?.body).toEqual({
      apiKey: API_KEY,
      SMSList: [
        { phoneNumber: '+33611111111', message: 'Bonjour Anne' },
        { phoneNumber: '+33622222222', message: 'Bonjour Paul' },
      ],
      sender: 'MyShop',
      _format: 'json',
    });
  });

  it('cancel: GET v1/message-cancel with apiKey and messageId in the query (the seed answer)', async () => {
    mock.reply('GET', '/v1/message-cancel', cancelAnswer);
    const answer = await provider().native.cancel(300);
    expect(answer).toEqual({ success: true, code: 200, message: "L'envoi du SMS a été annulé." });
    const [request] = mock.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/v1/message-cancel');
    expect(request?.search).toBe(`apiKey=${API_KEY}&messageId=300&_format=json`);
    expect(request?.body).toBeUndefined();
  });
});
