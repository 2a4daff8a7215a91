import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import statusAnswer from '../__fixtures__/status-answer.json' with { type: 'json' };
import { API_KEY, apiKeyProvider, caught, fakeJwt, JSON_HEADERS, jwtProvider, replyToken, useMock } from '../test-support/mock-sms-afzar';

const FIRST = 'e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a';
const SECOND = '955fe482-9d61-4e0b-8a4c-1a2b3c4d5e6f';

describe('getStatus', () => {
  const mock = useMock();

  it('posts sentMessageIdes to messages/status; 1 is queued, undocumented values are unknown with the raw value kept', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/status' }).reply(200, statusAnswer, JSON_HEADERS);
    const sent: SendResult = {
      provider: 'smsafzar',
      messages: [
        { to: '+989100000000', id: FIRST, status: 'queued' },
        { to: '+989300000000', id: SECOND, status: 'queued' },
      ],
      raw: {},
    };
    const reports = await apiKeyProvider(mock).getStatus(sent);
    const [call] = mock.calls();
    expect(call).toMatchObject({ method: 'POST', path: '/messages/status' });
    expect(call!.headers).toMatchObject({ 'x-api-key': API_KEY, 'content-type': 'application/json' });
    expect(call!.body).toEqual({ sentMessageIdes: [FIRST, SECOND] });
    expect(reports).toEqual([
      { provider: 'smsafzar', id: FIRST, to: '+989100000000', status: 'queued', providerStatus: 1, at: new Date('2026-11-22T08:00:00.000Z'), raw: statusAnswer.messages[0] },
      { provider: 'smsafzar', id: SECOND, to: '+989300000000', status: 'unknown', providerStatus: 3, at: new Date('2026-11-22T08:01:30.000Z'), raw: statusAnswer.messages[1] },
    ]);
  });

  it('maps extra values through messageStatusMap', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/status' }).reply(200, statusAnswer, JSON_HEADERS);
    const reports = await apiKeyProvider(mock, { messageStatusMap: { 2: 'sent', 3: 'delivered', 4: 'failed' } }).getStatus([FIRST, SECOND]);
    expect(reports.map((report) => [report.status, report.to])).toEqual([
      ['queued', '+989100000000'],
      ['delivered', '+989300000000'],
    ]);
  });

  it('refuses a messageStatusMap with an unknown status at creation', async () => {
    expect(() => apiKeyProvider(mock, { messageStatusMap: { 3: 'arrived' as never } })).toThrow(/messageStatusMap/);
  });

  it('uses a bearer token in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(mock, token);
    mock.pool.intercept({ method: 'POST', path: '/messages/status' }).reply(200, { messages: [] }, JSON_HEADERS);
    expect(await jwtProvider(mock).getStatus(FIRST)).toEqual([]);
    expect(mock.calls()[1]!.headers['authorization']).toBe(`Bearer ${token}`);
  });

  it('asks for 250 ids in requests of 100, 100 and 50', async () => {
    const ids = Array.from({ length: 250 }, (_, index) => `id-${index}`);
    for (let chunk = 0; chunk < 3; chunk++) {
      const slice = ids.slice(chunk * 100, chunk * 100 + 100);
      mock.pool
        .intercept({ method: 'POST', path: '/messages/status', body: (body) => JSON.parse(body).sentMessageIdes[0] === slice[0] })
        .reply(200, { messages: slice.map((sentMessageId) => ({ sentMessageId, recipientNumber: '09100000000', messageStatus: 1 })) }, JSON_HEADERS);
    }
    const reports = await apiKeyProvider(mock).getStatus(ids);
    expect(mock.calls().map((call) => (call.body as { sentMessageIdes: string[] }).sentMessageIdes.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(reports.map((report) => report.id)).toEqual(ids);
  });

  it('native status refuses more than 100 ids and an empty list', async () => {
    const provider = apiKeyProvider(mock);
    expect((await caught(() => provider.native.messages.status(Array.from({ length: 101 }, (_, index) => `id-${index}`)))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.native.messages.status([])))).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await caught(() => provider.getStatus([])))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(mock.calls()).toHaveLength(0);
  });
});
