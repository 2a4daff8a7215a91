import { fromLocalDateTime, toLocalDateTime } from '../../clock/zoned-time';
import { invalidInput } from './gateway-failure';

const TEHRAN = 'Asia/Tehran';
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** An instant as the gateway writes it: Tehran wall-clock time with its offset, `2024-07-09T14:01:36.663+03:30`. */
export function formatGatewayDate(ms: number): string {
  const local = toLocalDateTime(new Date(ms), TEHRAN);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const offsetMinutes = Math.round(
    (Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - wholeSecond) / 60_000,
  );
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return (
    `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:` +
    `${pad(local.second)}.${pad(ms - wholeSecond, 3)}${offset}`
  );
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 date or date-time as epoch ms. One without an offset is read as Tehran time (what the server most
 * likely does, reference §1.3); a bare date is its first moment, or its last with `endOfDay` (an inclusive end).
 */
export function parseGatewayDate(value: string, field: string, { endOfDay = false } = {}): number {
  const match = ISO_DATE.exec(value.trim());
  if (!match) throw invalidInput(`${field} must be an ISO 8601 date or date-time; got ${JSON.stringify(value)}`);
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const milliseconds = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  let ms: number;
  if (zone !== undefined) {
    const time = `${hour ?? '00'}:${minute ?? '00'}:${second ?? '00'}`;
    const normalizedZone = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    ms = Date.parse(`${year}-${month}-${day}T${time}${normalizedZone}`) + milliseconds;
  } else {
    ms =
      fromLocalDateTime(
        {
          year: Number(year),
          month: Number(month),
          day: Number(day),
          hour: Number(hour ?? 0),
          minute: Number(minute ?? 0),
          second: Number(second ?? 0),
        },
        TEHRAN,
      ).getTime() + milliseconds;
  }
  if (!Number.isFinite(ms)) throw invalidInput(`${field} is not a valid date; got ${JSON.stringify(value)}`);
  return hour === undefined && endOfDay ? ms + 86_400_000 - 1 : ms;
}
