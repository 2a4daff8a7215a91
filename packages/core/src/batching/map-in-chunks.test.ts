import { describe, expect, it } from 'vitest';
import { mapInChunks } from './map-in-chunks';

describe('mapInChunks', () => {
  it('returns each chunk value in input order, whatever order the requests finish in', async () => {
    const values = await mapInChunks([1, 2, 3, 4, 5], { size: 2, concurrency: 3 }, async (chunk, index) => {
      await new Promise((resolve) => setTimeout(resolve, (3 - index) * 5));
      return chunk.join('+');
    });
    expect(values).toEqual(['1+2', '3+4', '5']);
  });

  it('throws the first failure as it was thrown, and starts no chunk after it', async () => {
    const failure = new Error('status refused');
    const started: number[] = [];
    const outcome = mapInChunks([1, 2, 3, 4], { size: 1, concurrency: 1 }, async (_chunk, index) => {
      started.push(index);
      if (index === 1) throw failure;
      return index;
    });
    await expect(outcome).rejects.toBe(failure);
    expect(started).toEqual([0, 1]);
  });

  it('returns nothing for nothing', async () => {
    expect(await mapInChunks([], { size: 10 }, async () => 'never')).toEqual([]);
  });
});
