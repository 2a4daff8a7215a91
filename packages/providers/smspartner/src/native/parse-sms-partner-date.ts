import { readDate } from '@sms/core/provider-utils';
import { fromParisWallClock } from './paris-time';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
// Unix seconds, or a date that names its zone (`Z`, `+02:00`, `+0200`). Any other text is not read: a time
// without a zone must not be read in the zone of the machine that happens to run this.
const UNIX_SECONDS_OR_ZONED = /^\d{9,10}$|[zZ]$|[+-]\d{2}:?\d{2}$/;

/**
 * Reads the dates SMS Partner sends: Unix seconds (a number or a string of digits) or a local
 * `YYYY-MM-DD HH:MM:SS`, read in `zone` (Paris for SMS Partner's own API). ISO strings with an offset are
 * read as such. Anything else gives `undefined`.
 */
export function parseSmsPartnerDate(value: unknown, zone: 'paris' | 'utc' = 'paris'): Date | undefined {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const local = text === undefined ? null : LOCAL_DATE_TIME.exec(text);
  if (local !== null) {
    const [year, month, day, hour, minute, second] = local.slice(1).map((part) => Number(part ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (zone === 'utc') return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return fromParisWallClock({ year, month, day, hour, minute, second });
  }
  if (text !== undefined && !UNIX_SECONDS_OR_ZONED.test(text)) return undefined;
  return readDate(value);
}
