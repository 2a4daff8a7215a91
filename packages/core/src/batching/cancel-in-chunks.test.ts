import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import type { CancelResult } from '../model/cancel-result';
import { catchSmsError } from '../testing/catch-sms-error';
import { cancelInChunks, type ChunkCancelResult } from './cancel-in-chunks';

const ids = Array.from({ length: 250 }, (_, index) => String(1000 + index));
const cancelAll = async (chunk: string[], index: number): Promise<ChunkCancelResult> => ({
  canceled: chunk,
  raw: { request: index },
});

/** What a 250-id cancel in requests of 100 throws when its second request fails with `failure`. */
function failingSecondRequest(failure: unknown): Promise<SmsError> {
  return catchSmsError(() =>
    cancelInChunks({
      provider: 'test',
      keys: ids,
      size: 100,
      concurrency: 1,
      cancel: async (chunk, index) => {
        if (index === 1) throw failure;
        return cancelAll(chunk, index);
      },
    }),
  );
}

describe('cancelInChunks', () => {
  it('merges the answers of 3 requests, with the ids each request did not cancel', async () => {
    const result = await cancelInChunks({
      provider: 'test',
      keys: ids,
      size: 100,
      cancel: async (chunk, index) => ({ canceled: chunk.slice(1), notCanceled: chunk.slice(0, 1), raw: index }),
    });
    expect(result.canceled).toHaveLength(247);
    expect(result.notCanceled).toEqual(['1000', '1100', '1200']);
    expect(result.unknown).toBeUndefined();
    expect(result.raw).toEqual([0, 1, 2]);
  });

  it('keeps a single answer as it is', async () => {
    expect(await cancelInChunks({ provider: 'test', keys: ['1'], size: 100, cancel: cancelAll })).toEqual({
      provider: 'test',
      canceled: ['1'],
      raw: { request: 0 },
    });
  });

  it('a request failing with an unknown outcome after one that went through: canceled, unknown, not canceled', async () => {
    const timeout = new SmsError('timeout', { code: 'TIMEOUT', provider: 'test', outcome: 'unknown' });
    const error = await failingSecondRequest(timeout);
    expect(error.code).toBe('TIMEOUT');
    expect(error.outcome).toBe('unknown');
    expect(error.cause).toBe(timeout);
    expect(error.message).toContain('100 of 250');
    const result = error.result as CancelResult;
    expect(result.canceled).toEqual(ids.slice(0, 100));
    expect(result.unknown).toEqual(ids.slice(100, 200));
    // Never attempted after the failure: provably not canceled.
    expect(result.notCanceled).toEqual(ids.slice(200));
    expect(result.raw).toEqual([{ request: 0 }]);
  });

  it('a request refused with outcome not-sent after one that went through: its ids are not canceled, and so is the error', async () => {
    const error = await failingSecondRequest(new SmsError('slow down', { code: 'RATE_LIMITED', provider: 'test' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', outcome: 'not-sent' });
    const result = error.result as CancelResult;
    expect(result.canceled).toEqual(ids.slice(0, 100));
    expect(result.notCanceled).toEqual(ids.slice(100));
    expect(result.unknown).toBeUndefined();
  });

  it('wraps a failure that is not an SmsError as PROVIDER_ERROR with an unknown outcome', async () => {
    const error = await failingSecondRequest(new TypeError('socket exploded'));
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown' });
    expect((error.result as CancelResult).unknown).toEqual(ids.slice(100, 200));
  });

  it('one request that fails: its own error, with the result attached', async () => {
    const reset = new SmsError('connection reset', {
      code: 'NETWORK',
      provider: 'test',
      outcome: 'unknown',
      statusCode: 502,
    });
    const error = await catchSmsError(() =>
      cancelInChunks({
        provider: 'test',
        keys: ['batch'],
        size: 1,
        idsOf: () => ['a', 'b'],
        cancel: async () => {
          throw reset;
        },
      }),
    );
    expect(error).toMatchObject({ message: 'connection reset', code: 'NETWORK', outcome: 'unknown', statusCode: 502 });
    expect(error.result).toEqual({ provider: 'test', canceled: [], unknown: ['a', 'b'], raw: undefined });
  });

  it('goes on after a refusal of one request, and lists its ids as not canceled', async () => {
    const result = await cancelInChunks({
      provider: 'test',
      keys: ['1', '2', '3'],
      size: 1,
      concurrency: 1,
      isRefusal: (error) => error.code === 'NOT_FOUND',
      cancel: async (chunk, index) => {
        if (chunk[0] === '2') throw new SmsError('no such message', { code: 'NOT_FOUND', provider: 'test' });
        return cancelAll(chunk, index);
      },
    });
    expect(result.canceled).toEqual(['1', '3']);
    expect(result.notCanceled).toEqual(['2']);
  });

  it('throws the first refusal, with the result, when every request was refused', async () => {
    const refusal = new SmsError('too late', { code: 'CANCEL_WINDOW_PASSED', provider: 'test' });
    const error = await catchSmsError(() =>
      cancelInChunks({
        provider: 'test',
        keys: ['1', '2'],
        size: 1,
        isRefusal: () => true,
        cancel: async () => {
          throw refusal;
        },
      }),
    );
    expect(error).toMatchObject({ code: 'CANCEL_WINDOW_PASSED', message: 'too late', outcome: 'not-sent' });
    expect((error.result as CancelResult).notCanceled).toEqual(['1', '2']);
  });
});
