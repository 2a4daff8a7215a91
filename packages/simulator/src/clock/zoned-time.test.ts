import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, fromLocalDateTime } from './zoned-time';

describe('zoned time', () => {
  it('turns Paris wall-clock time into the instant, in winter and in summer', () => {
    expect(
      fromLocalDateTime({ year: 2030, month: 1, day: 15, hour: 10, minute: 5 }, 'Europe/Paris').toISOString(),
    ).toBe('2030-01-15T09:05:00.000Z');
    expect(
      fromLocalDateTime({ year: 2030, month: 7, day: 15, hour: 10, minute: 5 }, 'Europe/Paris').toISOString(),
    ).toBe('2030-07-15T08:05:00.000Z');
  });

  it('formats an instant as the local time of a zone', () => {
    expect(formatLocalDateTime(new Date('2030-07-15T08:05:09Z'), 'Europe/Paris')).toBe('2030-07-15 10:05:09');
    expect(formatLocalDateTime(new Date('2030-07-15T08:05:09Z'), 'Asia/Tehran', 'T')).toBe('2030-07-15T11:35:09');
  });
});
