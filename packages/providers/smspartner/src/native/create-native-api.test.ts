import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import bulkSendAnswer from '../__fixtures__/bulk-send.json';
import bulkStatusAnswer from '../__fixtures__/bulk-status.json';
import cancelAnswer from '../__fixtures__/cancel.json';
import lookupAnswer from '../__fixtures__/lookup.json';
import meAnswer from '../__fixtures__/me.json';
import messageStatusAnswer from '../__fixtures__/message-status.json';
import multiStatusAnswer from '../__fixtures__/multi-status.json';
import sendAnswer from '../__fixtures__/send.json';
import stopAddAnswer from '../__fixtures__/stop-add.json';
import stopDeleteAnswer from '../__fixtures__/stop-delete.json';
import stopListAnswer from '../__fixtures__/stop-list.json';
import { createSmsPartner } from '../create-sms-partner';
import { API_KEY, mockSmsPartner } from '../test-support/mock-sms-partner';
import { useMockSmsPartner } from '../test-support/use-mock-sms-partner';

describe('native API: one test per endpoint, exact wire', () => {
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

  it('messageStatus: GET v1/message-status with messageId and phoneNumber; keeps the French statut', async () => {
    mock.reply('GET', '/v1/message-status', messageStatusAnswer);
    const answer = await provider().native.messageStatus({ messageId: '1111', phoneNumber: '+33600000000' });
    expect(answer.statut).toBe('Delivered');
    expect(answer.date).toBe('2015-02-07 22:39:46');
    expect(mock.requests[0]?.path).toBe('/v1/message-status');
    expect(mock.requests[0]?.query).toEqual({ apiKey: API_KEY, messageId: '1111', phoneNumber: '+33600000000', _format: 'json' });
  });

  it('multiStatus: POST v1/multi-status with SMSStatut_List (the spelling the samples and the Go SDK use)', async () => {
    mock.reply('POST', '/v1/multi-status', multiStatusAnswer);
    const answer = await provider().native.multiStatus([
      { phoneNumber: '+33699999993', messageId: 111111 },
      { phoneNumber: '+33699999992', messageId: 1000 },
    ]);
    expect(answer.StatutResponse_List).toHaveLength(2);
    expect(answer.StatutResponse_List?.[1]?.status).toBe('Numéro introuvable');
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/v1/multi-status' });
    expect(mock.requests[0]?.body).toEqual({
      apiKey: API_KEY,
      SMSStatut_List: [
        { phoneNumber: '+33699999993', messageId: 111111 },
        { phoneNumber: '+33699999992', messageId: 1000 },
      ],
      _format: 'json',
    });
  });

  it('multiStatus: refuses an empty list and more than 500 pairs', async () => {
    const partner = provider();
    await expect(partner.native.multiStatus([])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const many = Array.from({ length: 501 }, () => ({ phoneNumber: '+33611111111', messageId: 1 }));
    await expect(partner.native.multiStatus(many)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(mock.requests).toHaveLength(0);
  });

  it('bulkStatus: GET v1/bulk-status with messageId', async () => {
    mock.reply('GET', '/v1/bulk-status', bulkStatusAnswer);
    const answer = await provider().native.bulkStatus('111');
    expect(answer.message_id).toBe('111');
    expect(answer.StatutResponse_List?.[0]?.status).toBe('Delivered');
    expect(mock.requests[0]?.path).toBe('/v1/bulk-status');
    expect(mock.requests[0]?.search).toBe(`apiKey=${API_KEY}&messageId=111&_format=json`);
  });

  it('bulkStatusByTag: GET v1/bulk-status-by-tag with tag', async () => {
    mock.reply('GET', '/v1/bulk-status-by-tag', { success: true, code: 200, currentPage: 1, total: 1, StatutResponse_List: bulkStatusAnswer.StatutResponse_List });
    const answer = await provider().native.bulkStatusByTag('spring-sale');
    expect(answer.total).toBe(1);
    expect(mock.requests[0]?.search).toBe(`apiKey=${API_KEY}&tag=spring-sale&_format=json`);
  });

  it('me: GET v1/me with apiKey only', async () => {
    mock.reply('GET', '/v1/me', meAnswer);
    const answer = await provider().native.me();
    expect(answer.credits?.balance).toBe('10225.119');
    expect(answer.user?.username).toBe('example@email.com');
    expect(mock.requests[0]).toMatchObject({ method: 'GET', path: '/v1/me', search: `apiKey=${API_KEY}&_format=json` });
  });

  it('stopList.list: GET v1/stop-sms/list', async () => {
    mock.reply('GET', '/v1/stop-sms/list', stopListAnswer);
    const answer = await provider().native.stopList.list();
    expect(answer.nbData).toBe(1);
    expect(answer.data?.[0]).toEqual({ id: 1, phoneNumber: '+33612345678', createdAt: '2018-08-18 20:00:00' });
    expect(mock.requests[0]).toMatchObject({ method: 'GET', path: '/v1/stop-sms/list', search: `apiKey=${API_KEY}&_format=json` });
  });

  it('stopList.add: POST v1/stop-sms/add with phoneNumber', async () => {
    mock.reply('POST', '/v1/stop-sms/add', stopAddAnswer);
    const answer = await provider().native.stopList.add('+33612345678');
    expect(answer.stopId).toBe(2);
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/v1/stop-sms/add' });
    expect(mock.requests[0]?.body).toEqual({ apiKey: API_KEY, phoneNumber: '+33612345678', _format: 'json' });
  });

  it('stopList.remove: GET v1/stop-sms/delete by stop id', async () => {
    mock.reply('GET', '/v1/stop-sms/delete', stopDeleteAnswer);
    const answer = await provider().native.stopList.remove(2);
    expect(answer).toEqual({ success: true, code: 200 });
    expect(mock.requests[0]).toMatchObject({ method: 'GET', path: '/v1/stop-sms/delete', search: `apiKey=${API_KEY}&id=2&_format=json` });
  });

  it('lookup: POST v1/lookup with comma-joined numbers; failed items are kept', async () => {
    mock.reply('POST', '/v1/lookup', lookupAnswer);
    const answer = await provider().native.lookup(['+212620123456', '+212666123456']);
    expect(answer.lookup?.[0]?.format?.e164).toBe('+212620123456');
    expect(answer.lookup?.[1]).toMatchObject({ success: false, message: "Le numéro de téléphone est vide ou n'est pas valide." });
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/v1/lookup' });
    expect(mock.requests[0]?.body).toEqual({ apiKey: API_KEY, phoneNumbers: '+212620123456,+212666123456', _format: 'json' });
  });

  it('a base URL with a path prefix keeps the prefix (as the simulator uses)', async () => {
    const prefixed = mockSmsPartner('http://127.0.0.1:9999');
    prefixed.agent
      .get('http://127.0.0.1:9999')
      .intercept({ method: 'GET', path: (path) => path.startsWith('/smspartner/v1/me?') })
      .reply(200, meAnswer, { headers: { 'content-type': 'application/json' } });
    const partner = createSmsPartner({ apiKey: API_KEY, dispatcher: prefixed.agent, baseUrl: 'http://127.0.0.1:9999/smspartner' });
    await expect(partner.native.me()).resolves.toMatchObject({ success: true });
    await prefixed.close();
  });

  it('reads the key lazily from SMSPARTNER_API_KEY, and fails with AUTHENTICATION before any request without one', async () => {
    const previous = process.env.SMSPARTNER_API_KEY;
    try {
      delete process.env.SMSPARTNER_API_KEY;
      const partner = createSmsPartner({ dispatcher: mock.agent });
      const error = await partner.native.me().catch((caught: unknown) => caught);
      expect(SmsError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
      expect((error as SmsError).message).toContain('SMSPARTNER_API_KEY');
      expect(mock.requests).toHaveLength(0);

      process.env.SMSPARTNER_API_KEY = 'key-from-the-environment';
      mock.reply('GET', '/v1/me', meAnswer);
      await partner.native.me();
      expect(mock.requests[0]?.query.apiKey).toBe('key-from-the-environment');
    } finally {
      if (previous === undefined) delete process.env.SMSPARTNER_API_KEY;
      else process.env.SMSPARTNER_API_KEY = previous;
    }
  });
});
