import { describe, expect, it } from 'vitest';
import { instantOfWallClock, wallClockIn } from './wall-clock';

describe('wallClockIn', () => {
  it('reads the local time in a zone, summer and winter', () => {
    expect(wallClockIn(new Date('2030-07-14T08:05:00Z'), 'Europe/Paris')).toEqual({
      year: 2030,
      month: 7,
      day: 14,
      hour: 10,
      minute: 5,
      second: 0,
    });
    expect(wallClockIn(Date.parse('2030-01-14T08:05:09Z'), 'Europe/Paris')).toEqual({
      year: 2030,
      month: 1,
      day: 14,
      hour: 9,
      minute: 5,
      second: 9,
    });
    expect(wallClockIn(new Date('2024-07-01T08:30:00Z'), 'Asia/Tehran')).toEqual({
      year: 2024,
      month: 7,
      day: 1,
      hour: 12,
      minute: 0,
      second: 0,
    });
  });

  it('refuses a zone it does not know', () => {
    expect(() => wallClockIn(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('instantOfWallClock', () => {
  it('gives the instant a local reading stands for', () => {
    expect(
      instantOfWallClock({ year: 2015, month: 2, day: 7, hour: 22, minute: 39, second: 46 }, 'Europe/Paris'),
    ).toEqual(new Date('2015-02-07T21:39:46Z'));
    // Iran kept summer time until 2022.
    expect(instantOfWallClock({ year: 2017, month: 7, day: 1, hour: 12, minute: 0, second: 0 }, 'Asia/Tehran')).toEqual(
      new Date('2017-07-01T07:30:00Z'),
    );
    expect(instantOfWallClock({ year: 2017, month: 1, day: 1, hour: 12, minute: 0, second: 0 }, 'Asia/Tehran')).toEqual(
      new Date('2017-01-01T08:30:00Z'),
    );
  });

  it('takes the earlier instant of a repeated hour, the offset before the change in a skipped one', () => {
    // Paris went back from 03:00 to 02:00 on 2030-10-27: 02:30 happened at 00:30Z and again at 01:30Z.
    expect(
      instantOfWallClock({ year: 2030, month: 10, day: 27, hour: 2, minute: 30, second: 0 }, 'Europe/Paris'),
    ).toEqual(new Date('2030-10-27T00:30:00Z'));
    // Paris went forward from 02:00 to 03:00 on 2030-03-31: 02:30 never happened; read as winter time.
    expect(
      instantOfWallClock({ year: 2030, month: 3, day: 31, hour: 2, minute: 30, second: 0 }, 'Europe/Paris'),
    ).toEqual(new Date('2030-03-31T01:30:00Z'));
  });

  it('reads back instants around the changes (outside the second pass of a repeated hour) as themselves', () => {
    for (const iso of [
      '2030-03-31T00:59:59Z',
      '2030-03-31T01:00:00Z',
      '2030-10-27T00:59:59Z',
      '2030-10-27T02:00:00Z',
      '2030-06-01T12:00:00Z',
    ]) {
      expect(instantOfWallClock(wallClockIn(new Date(iso), 'Europe/Paris'), 'Europe/Paris')).toEqual(new Date(iso));
    }
  });
});
