import { fromParisWallClock } from './paris-time';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads the dates SMS Partner sends: Unix seconds (a number or a string of digits) or a local
 * `YYYY-MM-DD HH:MM:SS`, read in `zone` (Paris for SMS Partner's own API). ISO strings with an offset are
 * read as such. Anything else gives `undefined`.
 */
export function parseSmsPartnerDate(value: unknown, zone: 'paris' | 'utc' = 'paris'): Date | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{9,11}$/.test(text)) return new Date(Number(text) * 1000);
  const local = LOCAL_DATE_TIME.exec(text);
  if (local !== null) {
    const [year, month, day, hour, minute, second] = local.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
    if (zone === 'utc') return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return fromParisWallClock({ year, month, day, hour, minute, second });
  }
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(text)) {
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? undefined : new Date(parsed);
  }
  return undefined;
}
