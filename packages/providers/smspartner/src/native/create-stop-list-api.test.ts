import { describe, expect, it } from 'vitest';
import stopAddAnswer from '../__fixtures__/stop-add.json';
import stopDeleteAnswer from '../__fixtures__/stop-delete.json';
import stopListAnswer from '../__fixtures__/stop-list.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, stop list: exact wire', () => {
  const { recorder, provider, answer } = useMockSmsPartner();

  it('stopList.list: GET v1/stop-sms/list', async () => {
    answer('GET', '/v1/stop-sms/list', stopListAnswer);
    const list = await provider().native.stopList.list();
    expect(list.nbData).toBe(1);
    expect(list.data?.[0]).toEqual({ id: 1, phoneNumber: '+33612345678', createdAt: '2018-08-18 20:00:00' });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/stop-sms/list",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
          },
        },
      ]
    `);
  });

  it('stopList.add: POST v1/stop-sms/add with phoneNumber', async () => {
    answer('POST', '/v1/stop-sms/add', stopAddAnswer);
    const added = await provider().native.stopList.add('+33612345678');
    expect(added.stopId).toBe(2);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "phoneNumber": "+33612345678",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/stop-sms/add",
        },
      ]
    `);
  });

  it('stopList.remove: GET v1/stop-sms/delete by stop id', async () => {
    answer('GET', '/v1/stop-sms/delete', stopDeleteAnswer);
    const removed = await provider().native.stopList.remove(2);
    expect(removed).toEqual({ success: true, code: 200 });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/stop-sms/delete",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "id": "2",
          },
        },
      ]
    `);
  });
});
