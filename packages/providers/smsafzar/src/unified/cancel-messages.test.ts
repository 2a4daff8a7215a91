import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import cancelAnswer from '../__fixtures__/cancel-answer.json' with { type: 'json' };
import error1106 from '../__fixtures__/error-1106-batch.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replyCanceled,
  replyToken,
  useRecorder,
} from '../test-support/mock-sms-afzar';

const BATCH = 'e95ce3c5-a34e-4fb0-ab9b-ae6eefd068ae';

function scheduledResult(sendAt: Date, batchIds: string[] = [BATCH]): SendResult {
  return {
    provider: 'smsafzar',
    ...(batchIds.length === 1 ? { batchId: batchIds[0]! } : {}),
    messages: batchIds.map((batchId, index) => ({
      to: `+98910000000${index}`,
      id: `message-${index}`,
      status: 'scheduled',
      batchId,
    })),
    sendAt,
    raw: {},
  };
}

describe('cancel', () => {
  const recorder = useRecorder();

  it('deletes messages/send/scheduled/{batchId} with X-Api-Key and lists the removed messages', async () => {
    replyCanceled(recorder);
    const result = await apiKeyProvider(recorder).cancel(scheduledResult(new Date(Date.now() + 3_600_000)));
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "cache-control": "no-cache",
            "x-api-key": "[apiKey]",
          },
          "method": "DELETE",
          "path": "/messages/send/scheduled/e95ce3c5-a34e-4fb0-ab9b-ae6eefd068ae",
        },
      ]
    `);
    expect(result).toEqual({
      provider: 'smsafzar',
      canceled: ['48696017-1d64-46b6-a69f-e1a15a5cce4f', '2b8a1b41-674a-46a2-bb6c-280f4541f60b'],
      raw: cancelAnswer,
    });
  });

  it('uses a bearer token in JWT mode', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replyCanceled(recorder);
    await jwtProvider(recorder).cancel(BATCH);
    expect(recorder.requests[1]).toMatchInlineSnapshot(`
      {
        "headers": {
          "authorization": "Bearer [token]",
          "cache-control": "no-cache",
        },
        "method": "DELETE",
        "path": "/messages/send/scheduled/e95ce3c5-a34e-4fb0-ab9b-ae6eefd068ae",
      }
    `);
  });

  it('takes a plain string as a batch id, and the native cancelScheduled parses the documented answer', async () => {
    replyCanceled(recorder);
    replyCanceled(recorder);
    const provider = apiKeyProvider(recorder);
    expect((await provider.cancel(BATCH)).canceled).toHaveLength(2);
    const native = await provider.native.messages.cancelScheduled(BATCH);
    expect(native).toEqual({
      batchId: BATCH,
      messages: [
        {
          sentMessageId: '48696017-1d64-46b6-a69f-e1a15a5cce4f',
          senderNumber: '10001000',
          recipientNumber: '09100000000',
          content: 'Your message content 1',
          raw: cancelAnswer.messages[0],
        },
        {
          sentMessageId: '2b8a1b41-674a-46a2-bb6c-280f4541f60b',
          senderNumber: '20002000',
          recipientNumber: '09300000000',
          content: 'Your message content 2',
          raw: cancelAnswer.messages[1],
        },
      ],
      raw: cancelAnswer,
    });
  });

  it('cancels every batch of a send that took several requests', async () => {
    for (const batchId of ['first', 'second']) {
      recorder.reply('DELETE', `/messages/send/scheduled/${batchId}`, {
        json: { batchId, messages: [{ sentMessageId: `${batchId}-message` }] },
      });
    }
    const result = await apiKeyProvider(recorder).cancel(
      scheduledResult(new Date(Date.now() + 3_600_000), ['first', 'second']),
    );
    expect(result.canceled.sort()).toEqual(['first-message', 'second-message']);
    expect(result.notCanceled).toBeUndefined();
  });

  it('lists the messages of a batch that could not be canceled when another was', async () => {
    recorder.reply('DELETE', '/messages/send/scheduled/first', {
      json: { batchId: 'first', messages: [{ sentMessageId: 'message-0' }] },
    });
    recorder.reply('DELETE', '/messages/send/scheduled/second', { status: 400, json: error1106 });
    const result = await apiKeyProvider(recorder).cancel(
      scheduledResult(new Date(Date.now() + 3_600_000), ['first', 'second']),
    );
    expect(result.canceled).toEqual(['message-0']);
    expect(result.notCanceled).toEqual(['message-1']);
  });

  it('a DELETE answered by a connection reset may have been applied: its messages are unknown, not notCanceled', async () => {
    recorder.reply('DELETE', '/messages/send/scheduled/first', {
      json: { batchId: 'first', messages: [{ sentMessageId: 'message-0' }] },
    });
    recorder.replyWithError(
      'DELETE',
      '/messages/send/scheduled/second',
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    );
    const provider = apiKeyProvider(recorder, { concurrency: 1 });
    const error = await caught(() =>
      provider.cancel(scheduledResult(new Date(Date.now() + 3_600_000), ['first', 'second', 'third'])),
    );
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'unknown', provider: 'smsafzar' });
    expect(error.result).toEqual({
      provider: 'smsafzar',
      canceled: ['message-0'],
      unknown: ['message-1'],
      notCanceled: ['message-2'],
      raw: [{ batchId: 'first', messages: [{ sentMessageId: 'message-0' }] }],
    });
    // The third batch was not asked for after the failure.
    expect(recorder.requests).toHaveLength(2);
  });

  it('a single DELETE answered by a 500 throws with its messages unknown on error.result', async () => {
    recorder.reply('DELETE', `/messages/send/scheduled/${BATCH}`, {
      status: 500,
      json: { errorCode: 1000, errorMessage: 'internal' },
    });
    const error = await caught(() =>
      apiKeyProvider(recorder).cancel(scheduledResult(new Date(Date.now() + 3_600_000))),
    );
    expect(error).toMatchObject({ outcome: 'unknown', statusCode: 500 });
    expect(error.result).toMatchObject({ canceled: [], unknown: ['message-0'] });
  });

  it('fails with CANCEL_WINDOW_PASSED without a request less than 30 seconds before the send time', async () => {
    const provider = apiKeyProvider(recorder);
    const error = await caught(() => provider.cancel(scheduledResult(new Date(Date.now() + 29_000))));
    expect(error.code).toBe('CANCEL_WINDOW_PASSED');
    expect(error.retryable).toBe(false);
    expect((await caught(() => provider.cancel(scheduledResult(new Date(Date.now() - 1000))))).code).toBe(
      'CANCEL_WINDOW_PASSED',
    );
    // A result read back from JSON carries sendAt as a string.
    const fromJson = JSON.parse(JSON.stringify(scheduledResult(new Date(Date.now() + 10_000)))) as SendResult;
    expect((await caught(() => provider.cancel(fromJson))).code).toBe('CANCEL_WINDOW_PASSED');
    expect(recorder.requests).toHaveLength(0);
  });

  it('still cancels 31 seconds before the send time', async () => {
    replyCanceled(recorder);
    const result = await apiKeyProvider(recorder).cancel(scheduledResult(new Date(Date.now() + 31_000)));
    expect(result.canceled).toHaveLength(2);
  });

  it('refuses a send that was not scheduled, a result of another provider and an empty target', async () => {
    const provider = apiKeyProvider(recorder);
    const immediate: SendResult = {
      provider: 'smsafzar',
      batchId: BATCH,
      messages: [{ to: '+989100000000', id: 'm', status: 'queued' }],
      raw: {},
    };
    expect((await caught(() => provider.cancel(immediate))).code).toBe('CANCEL_WINDOW_PASSED');
    expect(
      (
        await caught(() =>
          provider.cancel({ ...scheduledResult(new Date(Date.now() + 3_600_000)), provider: 'ghasedak' }),
        )
      ).code,
    ).toBe('INVALID_INPUT');
    expect((await caught(() => provider.cancel([]))).code).toBe('INVALID_INPUT');
    expect(recorder.requests).toHaveLength(0);
  });

  it('maps 1106 to NOT_FOUND', async () => {
    recorder.reply('DELETE', '/messages/send/scheduled/unknown-batch', { status: 400, json: error1106 });
    const error = await caught(() => apiKeyProvider(recorder).cancel('unknown-batch'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', providerCode: 1106, statusCode: 400 });
    expect(error.message).toContain('batchId');
  });
});
