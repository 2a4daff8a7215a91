import { describe, expect, it } from 'vitest';
import stopAddAnswer from '../__fixtures__/stop-add.json';
import stopDeleteAnswer from '../__fixtures__/stop-delete.json';
import stopListAnswer from '../__fixtures__/stop-list.json';
import { API_KEY, useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, stop list: exact wire', () => {
  const { mock, provider } = useMockSmsPartner();

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
});
