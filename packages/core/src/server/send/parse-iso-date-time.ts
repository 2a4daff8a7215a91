// A date, a time and an explicit zone: a bare local time would be read in the server's zone, silently.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/** Parses `2030-01-01T09:00:00Z`; undefined when the text is not such a date or names a day that does not exist. */
export function parseIsoDateTime(value: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.map((part) =>
    part === undefined ? undefined : Number(part),
  );
  // Date.parse rolls 2030-02-30 over to March 2nd instead of refusing it.
  const calendarDay = new Date(Date.UTC(year!, month! - 1, day!));
  if (calendarDay.getUTCMonth() !== month! - 1 || calendarDay.getUTCDate() !== day!) return undefined;
  if (hour! > 23 || minute! > 59 || (second ?? 0) > 59 || (offsetHours ?? 0) > 23 || (offsetMinutes ?? 0) > 59)
    return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
