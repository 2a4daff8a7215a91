/** A wall-clock reading in one time zone. Months are 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// One formatter per zone, made on first use: building an Intl formatter costs tens of microseconds, far more
// than reading a date with it, and making them at import time would be a side effect of importing core.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * What a clock in `timeZone` (an IANA name such as `Europe/Paris`) shows at an instant, summer and winter time
 * taken from the time-zone database. Throws a `RangeError` for a zone this Node does not know.
 */
export function wallClockIn(instant: Date | number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function asUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallClockIn(instant, timeZone)) - Math.floor(instant / 1000) * 1000;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock reading in `timeZone` stands for, as providers that write local times without a
 * zone mean it. A reading in the hour that repeats when the clocks go back is the earlier of its two instants;
 * one in the hour skipped when they go forward is read with the offset from before the change.
 */
export function instantOfWallClock(clock: WallClock, timeZone: string): Date {
  const wanted = asUtc(clock);
  // The zone's offsets a day either side cover both sides of any change near the reading; a candidate counts
  // when the clock reads back as asked.
  const before = wanted - offsetAt(wanted - DAY_MS, timeZone);
  const after = wanted - offsetAt(wanted + DAY_MS, timeZone);
  const readsBack = (instant: number): boolean => asUtc(wallClockIn(instant, timeZone)) === wanted;
  const candidates = [before, after].filter(readsBack);
  return new Date(candidates.length === 0 ? before : Math.min(...candidates));
}
