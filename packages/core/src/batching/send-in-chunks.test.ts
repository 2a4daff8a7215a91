import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { isSendResult } from '../provider/message-target';
import { catchSmsError } from '../testing/catch-sms-error';
import { runInChunks, splitIntoChunks } from './run-in-chunks';
import { sendInChunks, type ChunkSendResult } from './send-in-chunks';

const recipients = Array.from({ length: 250 }, (_, index) => `+98912${String(index).padStart(7, '0')}`);
const sendAll = async (chunk: string[], index: number): Promise<ChunkSendResult> => ({
  messages: chunk.map((to, position) => ({ to, id: `${index}-${position}`, status: 'sent' })),
  raw: { chunk: index },
  batchId: `batch-${index}`,
  cost: chunk.length,
});

/** What a 150-recipient send in two requests throws when its second request fails with `failure`. */
function failingSecondRequest(failure: unknown): Promise<SmsError> {
  return catchSmsError(() =>
    sendInChunks({
      provider: 'test',
      items: recipients.slice(0, 150),
      size: 100,
      concurrency: 1,
      recipientOf: (item) => item,
      send: async (chunk, index) => {
        if (index === 1) throw failure;
        return sendAll(chunk, index);
      },
    }),
  );
}

describe('splitIntoChunks / runInChunks', () => {
  it('splits 250 items into 100/100/50', () => {
    expect(splitIntoChunks(recipients, 100).map((chunk) => chunk.length)).toEqual([100, 100, 50]);
    expect(() => splitIntoChunks(recipients, 0)).toThrow(RangeError);
  });

  it('never runs more than `concurrency` chunks at once and keeps input order', async () => {
    let running = 0;
    let peak = 0;
    const outcomes = await runInChunks(
      Array.from({ length: 20 }, (_, index) => index),
      { size: 2, concurrency: 3 },
      async (chunk) => {
        running += 1;
        peak = Math.max(peak, running);
        // Later chunks finish first, so order must come from the index, not from completion.
        await new Promise((resolve) => setTimeout(resolve, 20 - chunk[0]!));
        running -= 1;
        return chunk[0];
      },
    );
    expect(peak).toBe(3);
    expect(outcomes.map((outcome) => (outcome.state === 'done' ? outcome.value : null))).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18,
    ]);
  });
});

describe('sendInChunks', () => {
  it('merges 3 requests into one result per recipient, in input order', async () => {
    const sizes: number[] = [];
    const result = await sendInChunks({
      provider: 'test',
      items: recipients,
      size: 100,
      recipientOf: (item) => item,
      send: async (chunk, index) => {
        sizes.push(chunk.length);
        return sendAll(chunk, index);
      },
    });
    expect(sizes.sort()).toEqual([100, 100, 50].sort());
    expect(result.messages.map((message) => message.to)).toEqual(recipients);
    expect(result.messages[150]).toMatchObject({ id: '1-50' });
    expect(result.raw).toEqual([{ chunk: 0 }, { chunk: 1 }, { chunk: 2 }]);
    expect(result.cost).toBe(250);
    expect(result.batchId).toBeUndefined();
  });

  it('keeps a single request answer and batch id as they are', async () => {
    const result = await sendInChunks({
      provider: 'test',
      items: recipients.slice(0, 3),
      size: 100,
      recipientOf: (item) => item,
      send: sendAll,
    });
    expect(result.batchId).toBe('batch-0');
    expect(result.raw).toEqual({ chunk: 0 });
  });

  it('reports which recipients were sent and which were not when a middle chunk fails', async () => {
    let caught: unknown;
    try {
      await sendInChunks({
        provider: 'test',
        items: recipients,
        size: 100,
        concurrency: 1,
        recipientOf: (item) => item,
        send: async (chunk, index) => {
          if (index === 1) throw new SmsError('no credit left', { code: 'INSUFFICIENT_CREDIT', provider: 'test' });
          return sendAll(chunk, index);
        },
      });
    } catch (error) {
      caught = error;
    }
    expect(SmsError.isInstance(caught)).toBe(true);
    const error = caught as SmsError;
    expect(error.code).toBe('INSUFFICIENT_CREDIT');
    expect(error.outcome).toBe('unknown');
    expect(error.message).toContain('100 of 250');
    const messages = isSendResult(error.result) ? error.result.messages : [];
    expect(messages.map((message) => message.to)).toEqual(recipients);
    expect(messages.slice(0, 100).every((message) => message.status === 'sent' && message.id !== undefined)).toBe(true);
    expect(
      messages
        .slice(100, 200)
        .every((message) => message.status === 'failed' && message.error?.code === 'INSUFFICIENT_CREDIT'),
    ).toBe(true);
    // The third chunk was never attempted: not sent, safe to send again.
    expect(
      messages.slice(200).every((message) => message.status === 'failed' && message.error?.outcome === 'not-sent'),
    ).toBe(true);
  });

  it('marks the recipients of a chunk with an unknown outcome as unknown', async () => {
    const error = await failingSecondRequest(
      new SmsError('timeout', { code: 'TIMEOUT', provider: 'test', outcome: 'unknown' }),
    );
    expect(SmsError.isInstance(error)).toBe(true);
    const result = (error as SmsError).result;
    expect(isSendResult(result) && result.messages.slice(100).every((message) => message.status === 'unknown')).toBe(
      true,
    );
  });

  it('gives the entries of a failed request their per-message reference, which can still find them', async () => {
    const error = await catchSmsError(() =>
      sendInChunks({
        provider: 'test',
        items: recipients.slice(0, 150),
        size: 100,
        concurrency: 1,
        recipientOf: (item) => item,
        referenceOf: (index) => `order-7-${index + 1}`,
        send: async (chunk, index) => {
          if (index === 1) throw new SmsError('timeout', { code: 'TIMEOUT', provider: 'test', outcome: 'unknown' });
          return sendAll(chunk, index);
        },
      }),
    );
    const messages = isSendResult(error.result) ? error.result.messages : [];
    expect(messages[100]).toMatchObject({ status: 'unknown', reference: 'order-7-101' });
    expect(messages[149]?.reference).toBe('order-7-150');
  });

  it('wraps a failure that is not an SmsError once: the error on the entries is the cause of the one thrown', async () => {
    const error = await failingSecondRequest(new TypeError('socket exploded'));
    const result = (error as SmsError).result;
    const entryError = isSendResult(result) ? result.messages[100]?.error : undefined;
    expect(entryError?.code).toBe('PROVIDER_ERROR');
    expect((error as SmsError).cause).toBe(entryError);
  });

  it('throws the error of a single request unchanged, whatever its outcome', async () => {
    const timeout = new SmsError('timeout', {
      code: 'TIMEOUT',
      provider: 'test',
      outcome: 'unknown',
      responseBody: { a: 1 },
    });
    const error = await sendInChunks({
      provider: 'test',
      items: recipients.slice(0, 10),
      size: 100,
      recipientOf: (item) => item,
      send: async () => {
        throw timeout;
      },
    }).catch((thrown: unknown) => thrown);
    expect(error).toBe(timeout);
  });

  it('throws the first error unchanged when nothing went out', async () => {
    const refusal = new SmsError('bad key', { code: 'AUTHENTICATION', provider: 'test' });
    const error = await sendInChunks({
      provider: 'test',
      items: recipients,
      size: 100,
      concurrency: 1,
      recipientOf: (item) => item,
      send: async () => {
        throw refusal;
      },
    }).catch((thrown: unknown) => thrown);
    expect(error).toBe(refusal);
  });
});

describe('sendRequestsInOrder', () => {
  it('puts answers of requests over scattered positions back in input order', async () => {
    const { sendRequestsInOrder } = await import('./send-requests-in-order');
    const to = ['a', 'b', 'c', 'd', 'e'];
    const result = await sendRequestsInOrder({
      provider: 'test',
      total: 5,
      recipientOf: (index) => to[index]!,
      requests: [
        {
          indices: [0, 2, 4],
          send: async () => ({
            messages: [0, 2, 4].map((index) => ({ to: to[index]!, id: `bulk-${index}`, status: 'sent' as const })),
            raw: 'bulk',
            batchId: 'b1',
          }),
        },
        {
          indices: [3],
          send: async () => ({ messages: [{ to: 'd', id: 'simple-3', status: 'sent' as const }], raw: 'simple-3' }),
        },
        {
          indices: [1],
          send: async () => ({ messages: [{ to: 'b', id: 'simple-1', status: 'sent' as const }], raw: 'simple-1' }),
        },
      ],
    });
    expect(result.messages.map((message) => message.id)).toEqual([
      'bulk-0',
      'simple-1',
      'bulk-2',
      'simple-3',
      'bulk-4',
    ]);
    expect(result.messages[0]?.batchId).toBe('b1');
    expect(result.raw).toEqual(['bulk', 'simple-3', 'simple-1']);
  });
});
