import { describe, expect, it } from 'vitest';
import { medianConfidenceInterval } from './median-confidence-interval.mjs';

const ascending = (count) => Array.from({ length: count }, (_, index) => index + 1);

describe('medianConfidenceInterval', () => {
  // Ranks and coverages of the order-statistic interval for the median, as statistics tables give them
  // (for example Conover, Practical Nonparametric Statistics, table A3, or any binomial table at p = ½).
  it.each([
    [6, [1, 6], 0.96875],
    [10, [2, 9], 0.978515625],
    [15, [4, 12], 0.96484375],
    [20, [6, 15], 0.958610535],
    [60, [22, 39], 0.9727],
  ])('n = %i gives ranks %j with coverage %f', (count, ranks, coverage) => {
    const interval = medianConfidenceInterval(ascending(count));
    expect(interval?.ranks).toEqual(ranks);
    expect(interval?.low).toBe(ranks[0]);
    expect(interval?.high).toBe(ranks[1]);
    expect(interval?.coverage).toBeCloseTo(coverage, 4);
    expect(interval?.coverage).toBeGreaterThanOrEqual(0.95);
  });

  it('has no interval when the values are too few for the level', () => {
    expect(medianConfidenceInterval(ascending(5))).toBeUndefined();
    expect(medianConfidenceInterval(ascending(5), 0.9)?.ranks).toEqual([1, 5]);
  });

  it('sorts its input, ignores values that are not finite and leaves the input as it was', () => {
    const values = [9, Number.NaN, 3, 7, 1, 5, Number.POSITIVE_INFINITY, 2, 8, 4, 6, 10];
    const copy = [...values];
    expect(medianConfidenceInterval(values)?.ranks).toEqual([2, 9]);
    expect(medianConfidenceInterval(values)?.low).toBe(2);
    expect(medianConfidenceInterval(values)?.high).toBe(9);
    expect(values).toEqual(copy);
  });

  it('refuses a level outside (0, 1)', () => {
    expect(() => medianConfidenceInterval(ascending(20), 95)).toThrow(RangeError);
  });
});
