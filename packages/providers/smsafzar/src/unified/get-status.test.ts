import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import statusAnswer from '../__fixtures__/status-answer.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replyStatus,
  replyToken,
  useRecorder,
} from '../test-support/mock-sms-afzar';

const FIRST = 'e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a';
const SECOND = '955fe482-9d61-4e0b-8a4c-1a2b3c4d5e6f';

describe('getStatus', () => {
  const recorder = useRecorder();

  it('posts sentMessageIdes to messages/status; 1 is queued, undocumented values are unknown with the raw value kept', async () => {
    replyStatus(recorder);
    const sent: SendResult = {
      provider: 'smsafzar',
      messages: [
        { to: '+989100000000', id: FIRST, status: 'queued' },
        { to: '+989300000000', id: SECOND, status: 'queued' },
      ],
      raw: {},
    };
    const reports = await apiKeyProvider(recorder).getStatus(sent);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "sentMessageIdes": [
              "e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a",
              "955fe482-9d61-4e0b-8a4c-1a2b3c4d5e6f",
            ],
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/status",
        },
      ]
    `);
    expect(reports).toEqual([
      {
        provider: 'smsafzar',
        id: FIRST,
        to: '+989100000000',
        status: 'queued',
        providerStatus: 1,
        at: new Date('2026-11-22T08:00:00.000Z'),
        raw: statusAnswer.messages[0],
      },
      {
        provider: 'smsafzar',
        id: SECOND,
        to: '+989300000000',
        status: 'unknown',
        providerStatus: 3,
        at: new Date('2026-11-22T08:01:30.000Z'),
        raw: statusAnswer.messages[1],
      },
    ]);
  });

  it('maps extra values through messageStatusMap', async () => {
    replyStatus(recorder);
    const reports = await apiKeyProvider(recorder, {
      messageStatusMap: { 2: 'sent', 3: 'delivered', 4: 'failed' },
    }).getStatus([FIRST, SECOND]);
    expect(reports.map((report) => [report.status, report.to])).toEqual([
      ['queued', '+989100000000'],
      ['delivered', '+989300000000'],
    ]);
  });

  it('refuses a messageStatusMap with an unknown status at creation', async () => {
    expect(() => apiKeyProvider(recorder, { messageStatusMap: { 3: 'arrived' as never } })).toThrow(/messageStatusMap/);
  });

  it('uses a bearer token in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    recorder.reply('POST', '/messages/status', { json: { messages: [] } });
    expect(await jwtProvider(recorder).getStatus(FIRST)).toEqual([]);
    expect(recorder.requests[1]!.headers['authorization']).toBe('Bearer [token]');
  });

  it('asks for 250 ids in requests of 100, 100 and 50', async () => {
    const ids = Array.from({ length: 250 }, (_, index) => `id-${index}`);
    // Each request is answered for the ids it carries, whichever order the requests go out in.
    recorder.reply(
      'POST',
      '/messages/status',
      (request) => {
        const asked = (request.body as { sentMessageIdes: string[] }).sentMessageIdes;
        return {
          json: {
            messages: asked.map((sentMessageId) => ({
              sentMessageId,
              recipientNumber: '09100000000',
              messageStatus: 1,
            })),
          },
        };
      },
      { times: 3 },
    );
    const reports = await apiKeyProvider(recorder).getStatus(ids);
    expect(
      recorder.requests
        .map((request) => (request.body as { sentMessageIdes: string[] }).sentMessageIdes.length)
        .sort((a, b) => b - a),
    ).toEqual([100, 100, 50]);
    expect(reports.map((report) => report.id)).toEqual(ids);
  });

  it('native status refuses more than 100 ids and an empty list', async () => {
    const provider = apiKeyProvider(recorder);
    expect(
      (await caught(() => provider.native.messages.status(Array.from({ length: 101 }, (_, index) => `id-${index}`))))
        .code,
    ).toBe('INVALID_INPUT');
    expect(await caught(() => provider.native.messages.status([]))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await caught(() => provider.getStatus([]))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(recorder.requests).toHaveLength(0);
  });
});
