import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import cancelAnswer from '../__fixtures__/cancel-answer.json' with { type: 'json' };
import error1106 from '../__fixtures__/error-1106-batch.json' with { type: 'json' };
import { API_KEY, apiKeyProvider, caught, fakeJwt, JSON_HEADERS, jwtProvider, replyToken, useMock } from '../test-support/mock-sms-afzar';

const BATCH = 'e95ce3c5-a34e-4fb0-ab9b-ae6eefd068ae';

function scheduledResult(sendAt: Date, batchIds: string[] = [BATCH]): SendResult {
  return {
    provider: 'smsafzar',
    ...(batchIds.length === 1 ? { batchId: batchIds[0]! } : {}),
    messages: batchIds.map((batchId, index) => ({ to: `+98910000000${index}`, id: `message-${index}`, status: 'scheduled', batchId })),
    sendAt,
    raw: {},
  };
}

describe('cancel', () => {
  const mock = useMock();

  it('deletes messages/send/scheduled/{batchId} with X-Api-Key and lists the removed messages', async () => {
    mock.pool.intercept({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` }).reply(200, cancelAnswer, JSON_HEADERS);
    const result = await apiKeyProvider(mock).cancel(scheduledResult(new Date(Date.now() + 3_600_000)));
    const [call] = mock.calls();
    expect(call).toMatchObject({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` });
    expect(call!.headers).toMatchObject({ 'x-api-key': API_KEY, accept: 'application/json', 'cache-control': 'no-cache' });
    expect(call!.body).toBeUndefined();
    expect(result).toEqual({
      provider: 'smsafzar',
      canceled: ['48696017-1d64-46b6-a69f-e1a15a5cce4f', '2b8a1b41-674a-46a2-bb6c-280f4541f60b'],
      raw: cancelAnswer,
    });
  });

  it('uses a bearer token in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(mock, token);
    mock.pool.intercept({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` }).reply(200, cancelAnswer, JSON_HEADERS);
    await jwtProvider(mock).cancel(BATCH);
    const call = mock.calls()[1]!;
    expect(call.headers['authorization']).toBe(`Bearer ${token}`);
    expect(call.headers['x-api-key']).toBeUndefined();
  });

  it('takes a plain string as a batch id, and the native cancelScheduled parses the documented answer', async () => {
    mock.pool.intercept({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` }).reply(200, cancelAnswer, JSON_HEADERS);
    mock.pool.intercept({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` }).reply(200, cancelAnswer, JSON_HEADERS);
    const provider = apiKeyProvider(mock);
    expect((await provider.cancel(BATCH)).canceled).toHaveLength(2);
    const native = await provider.native.messages.cancelScheduled(BATCH);
    expect(native).toEqual({
      batchId: BATCH,
      messages: [
        { sentMessageId: '48696017-1d64-46b6-a69f-e1a15a5cce4f', senderNumber: '10001000', recipientNumber: '09100000000', content: 'Your message content 1', raw: cancelAnswer.messages[0] },
        { sentMessageId: '2b8a1b41-674a-46a2-bb6c-280f4541f60b', senderNumber: '20002000', recipientNumber: '09300000000', content: 'Your message content 2', raw: cancelAnswer.messages[1] },
      ],
      raw: cancelAnswer,
    });
  });

  it('cancels every batch of a send that took several requests', async () => {
    for (const batchId of ['first', 'second']) {
      mock.pool
        .intercept({ method: 'DELETE', path: `/messages/send/scheduled/${batchId}` })
        .reply(200, { batchId, messages: [{ sentMessageId: `${batchId}-message` }] }, JSON_HEADERS);
    }
    const result = await apiKeyProvider(mock).cancel(scheduledResult(new Date(Date.now() + 3_600_000), ['first', 'second']));
    expect(result.canceled.sort()).toEqual(['first-message', 'second-message']);
    expect(result.notCanceled).toBeUndefined();
  });

  it('lists the messages of a batch that could not be canceled when another was', async () => {
    mock.pool.intercept({ method: 'DELETE', path: '/messages/send/scheduled/first' }).reply(200, { batchId: 'first', messages: [{ sentMessageId: 'message-0' }] }, JSON_HEADERS);
    mock.pool.intercept({ method: 'DELETE', path: '/messages/send/scheduled/second' }).reply(400, error1106, JSON_HEADERS);
    const result = await apiKeyProvider(mock).cancel(scheduledResult(new Date(Date.now() + 3_600_000), ['first', 'second']));
    expect(result.canceled).toEqual(['message-0']);
    expect(result.notCanceled).toEqual(['message-1']);
  });

  it('a DELETE answered by a connection reset may have been applied: its messages are unknown, not notCanceled', async () => {
    mock.pool.intercept({ method: 'DELETE', path: '/messages/send/scheduled/first' }).reply(200, { batchId: 'first', messages: [{ sentMessageId: 'message-0' }] }, JSON_HEADERS);
    mock.pool.intercept({ method: 'DELETE', path: '/messages/send/scheduled/second' }).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const provider = apiKeyProvider(mock, { concurrency: 1 });
    const error = await caught(() => provider.cancel(scheduledResult(new Date(Date.now() + 3_600_000), ['first', 'second', 'third'])));
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'unknown', provider: 'smsafzar' });
    expect(error.result).toEqual({ provider: 'smsafzar', canceled: ['message-0'], unknown: ['message-1'], notCanceled: ['message-2'], raw: [{ batchId: 'first', messages: [{ sentMessageId: 'message-0' }] }] });
    // The third batch was not asked for after the failure.
    expect(mock.calls()).toHaveLength(2);
  });

  it('a single DELETE answered by a 500 throws with its messages unknown on error.result', async () => {
    mock.pool.intercept({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` }).reply(500, { errorCode: 1000, errorMessage: 'internal' }, JSON_HEADERS);
    const error = await caught(() => apiKeyProvider(mock).cancel(scheduledResult(new Date(Date.now() + 3_600_000))));
    expect(error).toMatchObject({ outcome: 'unknown', statusCode: 500 });
    expect(error.result).toMatchObject({ canceled: [], unknown: ['message-0'] });
  });

  it('fails with CANCEL_WINDOW_PASSED without a request less than 30 seconds before the send time', async () => {
    const provider = apiKeyProvider(mock);
    const error = await caught(() => provider.cancel(scheduledResult(new Date(Date.now() + 29_000))));
    expect(error.code).toBe('CANCEL_WINDOW_PASSED');
    expect(error.retryable).toBe(false);
    expect((await caught(() => provider.cancel(scheduledResult(new Date(Date.now() - 1000))))).code).toBe('CANCEL_WINDOW_PASSED');
    // A result read back from JSON carries sendAt as a string.
    const fromJson = JSON.parse(JSON.stringify(scheduledResult(new Date(Date.now() + 10_000)))) as SendResult;
    expect((await caught(() => provider.cancel(fromJson))).code).toBe('CANCEL_WINDOW_PASSED');
    expect(mock.calls()).toHaveLength(0);
  });

  it('still cancels 31 seconds before the send time', async () => {
    mock.pool.intercept({ method: 'DELETE', path: `/messages/send/scheduled/${BATCH}` }).reply(200, cancelAnswer, JSON_HEADERS);
    const result = await apiKeyProvider(mock).cancel(scheduledResult(new Date(Date.now() + 31_000)));
    expect(result.canceled).toHaveLength(2);
  });

  it('refuses a send that was not scheduled, a result of another provider and an empty target', async () => {
    const provider = apiKeyProvider(mock);
    const immediate: SendResult = { provider: 'smsafzar', batchId: BATCH, messages: [{ to: '+989100000000', id: 'm', status: 'queued' }], raw: {} };
    expect((await caught(() => provider.cancel(immediate))).code).toBe('CANCEL_WINDOW_PASSED');
    expect((await caught(() => provider.cancel({ ...scheduledResult(new Date(Date.now() + 3_600_000)), provider: 'ghasedak' }))).code).toBe('INVALID_INPUT');
    expect((await caught(() => provider.cancel([]))).code).toBe('INVALID_INPUT');
    expect(mock.calls()).toHaveLength(0);
  });

  it('maps 1106 to NOT_FOUND', async () => {
    mock.pool.intercept({ method: 'DELETE', path: '/messages/send/scheduled/unknown-batch' }).reply(400, error1106, JSON_HEADERS);
    const error = await caught(() => apiKeyProvider(mock).cancel('unknown-batch'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', providerCode: 1106, statusCode: 400 });
    expect(error.message).toContain('batchId');
  });
});
