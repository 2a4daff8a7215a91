import { describe, expect, it } from 'vitest';
import bulkStatusAnswer from '../__fixtures__/bulk-status.json';
import messageStatusAnswer from '../__fixtures__/message-status.json';
import multiStatusAnswer from '../__fixtures__/multi-status.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, status: exact wire', () => {
  const { recorder, provider, answer } = useMockSmsPartner();

  it('messageStatus: GET v1/message-status with messageId and phoneNumber; keeps the French statut', async () => {
    answer('GET', '/v1/message-status', messageStatusAnswer);
    const status = await provider().native.messageStatus({ messageId: '1111', phoneNumber: '+33600000000' });
    expect(status.statut).toBe('Delivered');
    expect(status.date).toBe('2015-02-07 22:39:46');
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/message-status",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "messageId": "1111",
            "phoneNumber": "+33600000000",
          },
        },
      ]
    `);
  });

  it('multiStatus: POST v1/multi-status with SMSStatut_List (the spelling the samples and the Go SDK use)', async () => {
    answer('POST', '/v1/multi-status', multiStatusAnswer);
    const status = await provider().native.multiStatus([
      { phoneNumber: '+33699999993', messageId: 111111 },
      { phoneNumber: '+33699999992', messageId: 1000 },
    ]);
    expect(status.StatutResponse_List).toHaveLength(2);
    expect(status.StatutResponse_List?.[1]?.status).toBe('Numéro introuvable');
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "SMSStatut_List": [
              {
                "messageId": 111111,
                "phoneNumber": "+33699999993",
              },
              {
                "messageId": 1000,
                "phoneNumber": "+33699999992",
              },
            ],
            "_format": "json",
            "apiKey": "[apiKey]",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/multi-status",
        },
      ]
    `);
  });

  it('multiStatus: refuses an empty list and more than 500 pairs', async () => {
    const partner = provider();
    await expect(partner.native.multiStatus([])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const many = Array.from({ length: 501 }, () => ({ phoneNumber: '+33611111111', messageId: 1 }));
    await expect(partner.native.multiStatus(many)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(recorder.requests).toEqual([]);
  });

  it('bulkStatus: GET v1/bulk-status with messageId', async () => {
    answer('GET', '/v1/bulk-status', bulkStatusAnswer);
    const status = await provider().native.bulkStatus('111');
    expect(status.message_id).toBe('111');
    expect(status.StatutResponse_List?.[0]?.status).toBe('Delivered');
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/bulk-status",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "messageId": "111",
          },
        },
      ]
    `);
  });

  it('bulkStatusByTag: GET v1/bulk-status-by-tag with tag', async () => {
    answer('GET', '/v1/bulk-status-by-tag', {
      success: true,
      code: 200,
      currentPage: 1,
      total: 1,
      StatutResponse_List: bulkStatusAnswer.StatutResponse_List,
    });
    const status = await provider().native.bulkStatusByTag('spring-sale');
    expect(status.total).toBe(1);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/bulk-status-by-tag",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "tag": "spring-sale",
          },
        },
      ]
    `);
  });
});
