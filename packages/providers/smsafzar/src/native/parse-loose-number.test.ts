import { describe, expect, it } from 'vitest';
import { parseLooseNumber } from './parse-loose-number';

describe('parseLooseNumber', () => {
  it.each([
    ['1,800', 1800],
    ['1', 1],
    ['1,250,000', 1_250_000],
    [' 2 500 ', 2500],
    ['۱٬۸۰۰', 1800],
    ['١٢٣', 123],
    ['12.5', 12.5],
    ['۱۲٫۵', 12.5],
    [1800, 1800],
  ])('reads %j as %d', (input, expected) => {
    expect(parseLooseNumber(input)).toBe(expected);
  });

  it.each([[''], ['free'], ['1,8a'], [null], [undefined], [Number.NaN], [{}]])('gives undefined for %j', (input) => {
    expect(parseLooseNumber(input)).toBeUndefined();
  });
});
