import { describe, expect, it } from 'vitest';
import bulkStatusAnswer from '../__fixtures__/bulk-status.json';
import messageStatusAnswer from '../__fixtures__/message-status.json';
import multiStatusAnswer from '../__fixtures__/multi-status.json';
import { API_KEY, useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, status: exact wire', () => {
  const { mock, provider } = useMockSmsPartner();

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
});
