import { describe, expect, it } from 'vitest';
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replyBulkSent,
  replyToken,
  useRecorder,
} from '../test-support/mock-sms-afzar';

describe('sendBatch', () => {
  const recorder = useRecorder();

  it('sends personalised texts and senders through messages/send/bulk, one entry per message', async () => {
    replyBulkSent(recorder);
    const result = await apiKeyProvider(recorder).sendBatch([
      { to: '09100000000', text: 'Hello Ali' },
      { to: '+989300000000', text: 'Hello Sara', from: '30001000' },
    ]);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "contents": [
              "Hello Ali",
              "Hello Sara",
            ],
            "recipientNumbers": [
              "09100000000",
              "09300000000",
            ],
            "senderNumbers": [
              "10001000",
              "30001000",
            ],
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/send/bulk",
        },
      ]
    `);
    expect(result.messages.map((message) => [message.to, message.id, message.status])).toEqual([
      ['+989100000000', '0b6f1c2a-1111-4a4a-8b8b-000000000001', 'queued'],
      ['+989300000000', '0b6f1c2a-2222-4a4a-8b8b-000000000002', 'queued'],
    ]);
    expect(result.batchId).toBe('5f0c2b9e-7a51-4d4f-9d3c-1b2a3c4d5e6f');
  });

  it('uses a bearer token in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replyBulkSent(recorder);
    await jwtProvider(recorder).sendBatch([
      { to: '09100000000', text: 'a' },
      { to: '09300000000', text: 'b' },
    ]);
    expect(recorder.requests.map((request) => [request.path, request.headers['authorization']])).toEqual([
      ['/auth/token', undefined],
      ['/messages/send/bulk', 'Bearer [token]'],
    ]);
  });

  it('schedules a batch with one sendTimestamp and refuses different send times', async () => {
    const sendAt = new Date(Date.now() + 3_600_000);
    replyBulkSent(recorder);
    const provider = apiKeyProvider(recorder);
    const result = await provider.sendBatch([
      { to: '09100000000', text: 'a', sendAt },
      { to: '09300000000', text: 'b', sendAt: new Date(sendAt) },
    ]);
    expect(recorder.requests[0]!.body).toMatchObject({ sendTimestamp: Math.ceil(sendAt.getTime() / 1000) });
    expect(result.messages.map((message) => message.status)).toEqual(['scheduled', 'scheduled']);
    const mixed = await caught(() =>
      provider.sendBatch([
        { to: '09100000000', text: 'a', sendAt },
        { to: '09300000000', text: 'b' },
      ]),
    );
    expect(mixed.code).toBe('INVALID_INPUT');
    expect(recorder.requests).toHaveLength(1);
  });

  it('refuses an empty batch, an empty text and a bad recipient before any request', async () => {
    const provider = apiKeyProvider(recorder);
    expect((await caught(() => provider.sendBatch([]))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.sendBatch([{ to: '09100000000', text: '' }]))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.sendBatch([{ to: '12', text: 'x' }]))).code).toBe('INVALID_RECIPIENT');
    expect(recorder.requests).toHaveLength(0);
  });
});
