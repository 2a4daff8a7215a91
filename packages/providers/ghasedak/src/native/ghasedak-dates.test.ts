import { describe, expect, it } from 'vitest';
import { parseGhasedakDate, toUnixSeconds } from './ghasedak-dates';

describe('Ghasedak dates', () => {
  it('sends whole Unix seconds', () => {
    expect(toUnixSeconds(new Date(1_508_144_471_999))).toBe('1508144471');
  });

  it('reads Unix seconds as a number or a string', () => {
    expect(parseGhasedakDate('1605968584')).toEqual(new Date(1_605_968_584_000));
    expect(parseGhasedakDate(2_524_608_000)).toEqual(new Date('2050-01-01T00:00:00Z'));
  });

  it('reads a zone-less local date as Tehran time, summer and winter', () => {
    // 2017-07-01 was in Iran's summer time (+04:30); 2017-10-16 was not (+03:30).
    expect(parseGhasedakDate('2017-07-01T12:00:00')).toEqual(new Date('2017-07-01T07:30:00Z'));
    expect(parseGhasedakDate('2017-10-16T12:31:1')).toEqual(new Date('2017-10-16T09:01:01Z'));
    // Iran dropped summer time in 2022.
    expect(parseGhasedakDate('2024-07-01 12:00')).toEqual(new Date('2024-07-01T08:30:00Z'));
  });

  it('keeps an explicit zone and ignores what it cannot read', () => {
    expect(parseGhasedakDate('2024-01-01T00:00:00Z')).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(parseGhasedakDate('yesterday')).toBeUndefined();
    expect(parseGhasedakDate(null)).toBeUndefined();
    expect(parseGhasedakDate('0')).toBeUndefined();
  });
});
