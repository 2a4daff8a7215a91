import { instantOfWallClock, readNumber, type WallClock } from '@sms/core/provider-utils';

/** Ghasedak takes times as Unix seconds in a string (`senddate=1508144471`). */
export function toUnixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

const LOCAL_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?$/;
const TEHRAN = 'Asia/Tehran';

// Iran has kept +03:30 all year since 2022: the reading for a Node built without time-zone data.
const TEHRAN_STANDARD_OFFSET_MS = 3.5 * 60 * 60 * 1000;

function fromTehranWallClock(clock: WallClock): Date {
  try {
    return instantOfWallClock(clock, TEHRAN);
  } catch {
    return new Date(
      Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) -
        TEHRAN_STANDARD_OFFSET_MS,
    );
  }
}

/**
 * Reads a time from a Ghasedak answer: Unix seconds (as a number or a string), an ISO date with a zone, or a
 * zone-less local date such as the seed's `2017-10-16T12:31:1`, which is Tehran time.
 */
export function parseGhasedakDate(value: unknown): Date | undefined {
  const seconds = typeof value === 'string' && !/^\d+$/.test(value.trim()) ? undefined : readNumber(value);
  if (seconds !== undefined) return seconds > 0 ? new Date(seconds * 1000) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const local = LOCAL_DATE.exec(text);
  if (local !== null) {
    const [, year, month, day, hour, minute, second] = local;
    const date = fromTehranWallClock({
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0),
    });
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
