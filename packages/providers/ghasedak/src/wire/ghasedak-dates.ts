import { readNumber } from './read-value';

/** Ghasedak takes times as Unix seconds in a string (`senddate=1508144471`). */
export function toUnixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

const LOCAL_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?$/;
const TEHRAN = 'Asia/Tehran';

function tehranOffsetMs(instant: number): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: TEHRAN,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(instant));
    const part = (type: string): number => Number(parts.find((item) => item.type === type)?.value);
    const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return asUtc - Math.floor(instant / 1000) * 1000;
  } catch {
    // A Node built without time-zone data: Iran has kept +03:30 all year since 2022.
    return 3.5 * 60 * 60 * 1000;
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
    const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
    const offset = tehranOffsetMs(asUtc - tehranOffsetMs(asUtc));
    const date = new Date(asUtc - offset);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
